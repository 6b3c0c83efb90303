package nl.sto.monitor.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Signatures as Standard Webhooks writes them, checked against the specification's published example. */
class WebhookSignatureTest {

    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theSpecificationsExampleIsReproducedExactly() {
        assertThat(WebhookSecret.of(SPEC_SECRET).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecAndTheBase64Of24RandomBytes() {
        String secret = WebhookSecret.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
        assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
    }

    @Test
    void duringARotationBothSecretsSignSeparatedByASpace() {
        String other = WebhookSecret.generate();
        Target target = new Target(UUID.randomUUID(), URI.create("https://example.org/"),
                List.of(WebhookSecret.of(other), WebhookSecret.of(SPEC_SECRET)));
        assertThat(target.signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}").split(" "))
                .hasSize(2).contains("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
