package nl.sto.monitor.webhooks;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where one subscription's deliveries go and what signs them: its secret, and during the day after a rotation the
 * previous one beside it, so that a receiver that still has the old secret keeps verifying.
 */
record Target(UUID subscriptionId, URI url, List<WebhookSecret> secrets) {

    /** The {@code webhook-signature} header: one signature per secret, separated by spaces. */
    String signature(String id, long timestamp, String body) {
        return secrets.stream().map(secret -> secret.sign(id, timestamp, body)).collect(Collectors.joining(" "));
    }
}
