package nl.sto.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EndedSessionsTest {

    private static final String SCHOOLS = "http://127.0.0.1:8180/realms/sto-schools";
    private static final String BUSINESSES = "http://127.0.0.1:8180/realms/sto-businesses";
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void anEndedSessionStaysEndedForTheRetention() {
        EndedSessions sessions = at(NOW);
        sessions.end(SCHOOLS, "s1");

        assertThat(sessions.hasEnded(SCHOOLS, "s1")).isTrue();
        assertThat(sessions.hasEnded(SCHOOLS, "s2")).isFalse();
        assertThat(sessions.hasEnded(BUSINESSES, "s1")).as("another provider's session of that id").isFalse();
    }

    @Test
    void afterTheRetentionTheEntryIsForgotten() {
        MovingClock clock = new MovingClock(NOW);
        EndedSessions sessions = new EndedSessions(Duration.ofHours(10), clock);
        sessions.end(SCHOOLS, "s1");

        clock.now = NOW.plus(Duration.ofHours(10));
        assertThat(sessions.hasEnded(SCHOOLS, "s1")).isTrue();
        clock.now = NOW.plus(Duration.ofHours(10)).plusSeconds(1);
        assertThat(sessions.hasEnded(SCHOOLS, "s1")).isFalse();
    }

    private static EndedSessions at(Instant now) {
        return new EndedSessions(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
