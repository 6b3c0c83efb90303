package nl.sto.notification.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reminders go out, and how the sending behaves. Every value has a default that suits the programme. */
@ConfigMapping(prefix = "sto.reminders")
public interface ReminderSettings {

    /** Days before the due date on which a reminder goes out; 0 is the due day itself. */
    @WithDefault("56,14,2,0")
    List<Integer> daysBefore();

    /** Overdue notices after a missed report date: the first on the next working day, then one every week. */
    @WithDefault("4")
    int overdueNotices();

    @WithDefault("7")
    int overdueIntervalDays();

    /** The time of day (Europe/Amsterdam) at which the planned steps go out. */
    @WithDefault("09:00")
    LocalTime sendAt();

    /** How often the dispatcher looks for due messages (read by its schedule). */
    @WithDefault("1s")
    String dispatchInterval();

    /** How long after start the dispatcher first looks. */
    @WithDefault("3s")
    String dispatchDelay();

    /** How many due messages one dispatch round claims. */
    @WithDefault("200")
    int batchSize();

    /** How many messages are handed to the SMTP server at once. */
    @WithDefault("8")
    int concurrentSends();

    /** A hand-over the SMTP server has not answered by then counts as a temporary failure. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** How long a claimed message belongs to the replica that claimed it before another may take it over. */
    @WithDefault("PT5M")
    Duration claimLease();

    /** The wait after the first temporary failure; it doubles with every further one, up to maxRetryDelay. */
    @WithDefault("PT1M")
    Duration firstRetryDelay();

    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** Temporary failures for longer than this make a message a technical failure, not retried any more. */
    @WithDefault("PT24H")
    Duration giveUpAfter();

    /**
     * When a message that failed {@code attempts} times (temporarily) is tried again: the first retry after
     * firstRetryDelay, each later one twice as late, up to maxRetryDelay.
     */
    default Instant retryAt(int attempts, Instant now) {
        Duration delay = firstRetryDelay();
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return now.plus(delay.compareTo(maxRetryDelay()) > 0 ? maxRetryDelay() : delay);
    }

    /** The portal's public address, for the link in every message. */
    @WithDefault("http://127.0.0.1:8080")
    String portalUrl();
}
