package nl.sto.notification.notices;

import java.time.Instant;

/**
 * How one attempt went and what follows from it: {@code status} is the notice's new status, {@code outcome} the
 * attempt's ({@code sent}, {@code temporary-failure} or {@code permanent-failure}), {@code nextAttemptAt} set only
 * when it is to be tried again.
 */
record NoticeOutcome(String status, String outcome, String detail, Instant nextAttemptAt, String contentHash) {

    static NoticeOutcome sent(String contentHash) {
        return new NoticeOutcome("sent", "sent", null, null, contentHash);
    }
}
