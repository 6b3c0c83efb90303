package nl.sto.monitor.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** When a failed delivery is tried again: the schedule from the first attempt, jitter, Retry-After. */
class WebhookRetryScheduleTest {

    private static final List<Duration> STANDARD = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));
    private static final Instant FIRST = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void retriesFollowTheScheduleFromTheFirstAttemptWithinTenPercentOfTheirStep() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(7));
        for (int run = 0; run < 200; run++) {
            for (int attempts = 1; attempts <= STANDARD.size(); attempts++) {
                Duration offset = STANDARD.get(attempts - 1);
                Duration step = offset.minus(attempts == 1 ? Duration.ZERO : STANDARD.get(attempts - 2));
                Instant due = schedule.next(attempts, FIRST, FIRST, null).orElseThrow();
                assertThat(Duration.between(FIRST.plus(offset), due).abs())
                        .isLessThanOrEqualTo(Duration.ofMillis(step.toMillis() / 10));
            }
        }
    }

    @Test
    void theScheduleEndsADayAfterTheFirstAttempt() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(7));
        assertThat(schedule.next(STANDARD.size() + 1, FIRST, FIRST.plus(Duration.ofHours(24)), null)).isEmpty();
    }

    @Test
    void jitterSpreadsRetriesOut() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(7));
        assertThat(List.of(schedule.next(4, FIRST, FIRST, null), schedule.next(4, FIRST, FIRST, null),
                schedule.next(4, FIRST, FIRST, null))).doesNotHaveDuplicates();
    }

    @Test
    void retryAfterPutsTheNextAttemptNoEarlierThanItAsks() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(7));
        Instant asked = RetrySchedule.retryAfter("120", FIRST);
        assertThat(asked).isEqualTo(FIRST.plusSeconds(120));
        assertThat(schedule.next(1, FIRST, FIRST, asked)).contains(asked);
        assertThat(RetrySchedule.retryAfter("Sun, 01 Mar 2026 10:00:00 GMT", FIRST))
                .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(RetrySchedule.retryAfter("soon", FIRST)).isNull();
        assertThat(RetrySchedule.retryAfter("-5", FIRST)).isNull();
    }

    @Test
    void aRetryIsNeverDueBeforeNow() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.1, new Random(7));
        Instant late = FIRST.plus(Duration.ofHours(3));
        assertThat(schedule.next(2, FIRST, late, null)).contains(late);
    }
}
