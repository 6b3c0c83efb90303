package nl.sto.monitor.webhooks;

import java.time.Instant;
import java.util.UUID;

import nl.sto.monitor.events.RenderedEvent;

/**
 * One attempt to make: of a new delivery ({@code fresh}: an event of the log, or of a replay) or of a delivery that is
 * due again (a retry, a resend). {@code attempt} is this attempt's number; {@code firstAttempt} is null when this is
 * the first.
 */
record Outgoing(UUID deliveryId, Target target, RenderedEvent event, String cause, UUID replayId, int attempt,
        Instant firstAttempt, boolean fresh) {

    static Outgoing fresh(Target target, RenderedEvent event, String cause, UUID replayId) {
        return new Outgoing(UUID.randomUUID(), target, event, cause, replayId, 1, null, true);
    }
}
