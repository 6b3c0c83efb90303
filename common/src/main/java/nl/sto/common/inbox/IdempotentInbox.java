package nl.sto.common.inbox;

import java.time.Duration;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Processes each CloudEvent at most once per consumer: the event id is recorded in the same transaction as the
 * consumer's effect, so a redelivered event changes nothing. Passing failures (database away) are retried with
 * backoff, holding the partition so that the region's order is kept; poison events and events that keep failing
 * are nacked, which sends them to the consumer's dead-letter topic with the reason.
 */
@ApplicationScoped
public class IdempotentInbox {

    private static final Logger LOG = Logger.getLogger(IdempotentInbox.class);

    private final ObjectMapper json;
    private final int maxRetries;

    public IdempotentInbox(ObjectMapper json, @ConfigProperty(name = "sto.inbox.max-retries", defaultValue = "30")
            int maxRetries) {
        this.json = json;
        this.maxRetries = maxRetries;
    }

    public Uni<Void> handle(String consumer, Message<String> message, Function<InboundEvent, Uni<Void>> effect) {
        return Uni.createFrom().item(() -> read(message))
                .flatMap(event -> processOnce(consumer, event, effect)
                        .onFailure(e -> !(e instanceof PoisonEventException)).retry()
                        .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).atMost(maxRetries))
                .flatMap(processed -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> deadLetter(consumer, message, failure));
    }

    private Uni<Void> processOnce(String consumer, InboundEvent event, Function<InboundEvent, Uni<Void>> effect) {
        return Panache.withTransaction(() -> recordFirstDelivery(consumer, event)
                .flatMap(first -> first ? effect.apply(event) : Uni.createFrom().voidItem()));
    }

    /** True when this consumer had not seen the event; a concurrent duplicate waits on the key and sees false. */
    private Uni<Boolean> recordFirstDelivery(String consumer, InboundEvent event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO inbox_processed_event (consumer, event_id, event_type, processed_at)
                VALUES (:consumer, :eventId, :eventType, now()) ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private InboundEvent read(Message<String> message) {
        IncomingCloudEventMetadata<?> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("Message is not a CloudEvent"));
        String subject = cloudEvent.getSubject().orElse(null);
        return new InboundEvent(cloudEvent.getId(), cloudEvent.getType(), String.valueOf(cloudEvent.getSource()),
                subject, message.getPayload(), json);
    }

    private Uni<Void> deadLetter(String consumer, Message<String> message, Throwable failure) {
        LOG.errorf("Consumer %s sends a message to its dead-letter topic: %s", consumer, failure.getMessage());
        return Uni.createFrom().completionStage(message.nack(failure));
    }
}
