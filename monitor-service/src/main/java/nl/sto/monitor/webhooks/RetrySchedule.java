package nl.sto.monitor.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again. The schedule counts from the first attempt (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h and 24 h after it), so that its end is a day of trying, and moves each retry by up to a tenth of
 * its step (the time since the previous one in the schedule) either way: retries of many deliveries that failed
 * together spread out, and stay in order. A receiver's {@code Retry-After} (429, 503) puts the next attempt no earlier
 * than it asks.
 */
final class RetrySchedule {

    private final List<Duration> afterFirst;
    private final double jitter;
    private final RandomGenerator random;

    RetrySchedule(List<Duration> afterFirst, double jitter, RandomGenerator random) {
        this.afterFirst = List.copyOf(afterFirst);
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * When attempt {@code attempts + 1} is due, after {@code attempts} failed ones of which the first was at
     * {@code firstAttempt}; empty when the schedule is exhausted. Never before {@code now}, nor before
     * {@code retryAfter}.
     */
    Optional<Instant> next(int attempts, Instant firstAttempt, Instant now, Instant retryAfter) {
        if (attempts > afterFirst.size()) {
            return Optional.empty();
        }
        Duration offset = afterFirst.get(attempts - 1);
        Duration previous = attempts == 1 ? Duration.ZERO : afterFirst.get(attempts - 2);
        long stepMillis = offset.minus(previous).toMillis();
        long moved = Math.round(stepMillis * jitter * (2 * random.nextDouble() - 1));
        Instant due = firstAttempt.plus(offset).plusMillis(moved);
        if (due.isBefore(now)) {
            due = now;
        }
        return Optional.of(retryAfter != null && retryAfter.isAfter(due) ? retryAfter : due);
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Instant retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : now.plusSeconds(Math.min(seconds, Duration.ofDays(2).toSeconds()));
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
