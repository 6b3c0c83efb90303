package nl.sto.commontest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import nl.sto.common.time.ProgrammeClock;

/**
 * The service's clock in every service's tests, in place of the programme's clock: it runs with real time until a test
 * sets it, so that a deadline weeks away can be judged passed, or reminders due in weeks are sent, without waiting.
 * {@link #reset()} goes back to real time.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ProgrammeClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The programme's clock keeps its zone");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** From now on the clock shows {@code moment}, and runs on from there. */
    public void set(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
