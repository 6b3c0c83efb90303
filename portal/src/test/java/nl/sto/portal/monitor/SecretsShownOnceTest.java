package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SecretsShownOnceTest {

    private static final String MONITOR = "ministry:monitor-subject";
    private static final String ADMIN = "ministry:admin-subject";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final SecretsShownOnce secrets = new SecretsShownOnce(clock);
    private final SecretPage made = new SecretPage(SubscriptionPagesTest.subscription("active", "whsec_abc"), false);

    @Test
    void theSecretIsShownOnceToWhoeverMadeIt() {
        String token = secrets.keep(MONITOR, made);

        assertThat(secrets.take(MONITOR, "sub-1", token)).contains(made);
        assertThat(secrets.take(MONITOR, "sub-1", token)).as("a reload").isEmpty();
    }

    @Test
    void someoneElseWithTheAddressSeesNothingAndTakesNothing() {
        String token = secrets.keep(MONITOR, made);

        assertThat(secrets.take(ADMIN, "sub-1", token)).isEmpty();
        assertThat(secrets.take(MONITOR, "sub-2", token)).as("another subscription's address").isEmpty();
        assertThat(secrets.take(MONITOR, "sub-1", token)).contains(made);
    }

    @Test
    void tokensAreLongRandomAndFitInAnAddress() {
        String first = secrets.keep(MONITOR, made);
        String second = secrets.keep(MONITOR, made);

        assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
        assertThat(first).doesNotContain("whsec");
        assertThat(SecretPage.url("sub-1", first)).isEqualTo("/ministry/monitor/subscriptions/sub-1/secret/" + first);
    }

    @Test
    void aSecretNobodyFetchedIsForgottenAfterAFewMinutes() {
        String token = secrets.keep(MONITOR, made);
        String later = secrets.keep(MONITOR, made);

        clock.now = NOW.plus(SecretsShownOnce.KEPT_FOR);
        assertThat(secrets.take(MONITOR, "sub-1", later)).as("just in time").contains(made);
        clock.now = NOW.plus(SecretsShownOnce.KEPT_FOR).plusSeconds(1);
        assertThat(secrets.take(MONITOR, "sub-1", token)).isEmpty();
    }

    @Test
    void whenTooManyWaitTheOldestIsForgotten() {
        String oldest = secrets.keep(MONITOR, made);
        String second = secrets.keep(MONITOR, made);
        for (int i = 2; i < SecretsShownOnce.MAX_KEPT; i++) {
            secrets.keep(ADMIN, made);
        }
        String newest = secrets.keep(MONITOR, made);

        assertThat(secrets.take(MONITOR, "sub-1", oldest)).isEmpty();
        assertThat(secrets.take(MONITOR, "sub-1", second)).contains(made);
        assertThat(secrets.take(MONITOR, "sub-1", newest)).contains(made);
    }

    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
