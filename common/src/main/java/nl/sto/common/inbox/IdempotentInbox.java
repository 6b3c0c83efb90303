package nl.sto.common.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import nl.sto.common.db.JsonRows;

/**
 * Processes each CloudEvent at most once per consumer: the event id is recorded in the same transaction as the
 * consumer's effect, so a redelivered event changes nothing. Passing failures (database away) are retried with
 * backoff, holding the partition so that the region's order is kept; poison events and events that keep failing
 * are nacked, which sends them to the consumer's dead-letter topic with the reason.
 */
@ApplicationScoped
public class IdempotentInbox {

    private static final Logger LOG = Logger.getLogger(IdempotentInbox.class);

    private static final String RECORD_ALL = """
            INSERT INTO inbox_processed_event (consumer, event_id, event_type, processed_at)
            SELECT :consumer, r.event_id, r.event_type, now()
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json)) AS r(ord integer, event_id text, event_type text)
            ORDER BY r.ord
            ON CONFLICT DO NOTHING
            RETURNING event_id""";

    private final ObjectMapper json;
    private final JsonRows rows;
    private final int maxRetries;

    public IdempotentInbox(ObjectMapper json, JsonRows rows,
            @ConfigProperty(name = "sto.inbox.max-retries", defaultValue = "30") int maxRetries) {
        this.json = json;
        this.rows = rows;
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

    /**
     * Processes a poll's worth of events in one transaction, which is what lets a consumer keep up when tens of
     * thousands arrive at once; {@code effect} gets the events this consumer had not processed yet, in their order.
     * When the batch fails as a whole (a poison event in it, the database away), each of its messages goes through
     * {@link #handle} on its own, in order: only a poison one reaches the dead letters, the rest are processed.
     */
    public Uni<Void> handleAll(String consumer, KafkaRecordBatch<?, String> batch,
            Function<List<InboundEvent>, Uni<Void>> effect) {
        return processAllOnce(consumer, batch, effect)
                .onItem().transformToUni(ignored -> Uni.createFrom().completionStage(batch.ack()))
                .onFailure().recoverWithUni(failure -> oneByOne(consumer, batch, effect, failure));
    }

    private Uni<Void> processAllOnce(String consumer, KafkaRecordBatch<?, String> batch,
            Function<List<InboundEvent>, Uni<Void>> effect) {
        return Uni.createFrom().item(() -> batch.getRecords().stream().map(this::read).toList())
                .flatMap(events -> Panache.withTransaction(() -> firstDeliveries(consumer, events)
                        .flatMap(fresh -> fresh.isEmpty() ? Uni.createFrom().voidItem() : effect.apply(fresh))));
    }

    private Uni<Void> oneByOne(String consumer, KafkaRecordBatch<?, String> batch,
            Function<List<InboundEvent>, Uni<Void>> effect, Throwable failure) {
        LOG.warnf("Consumer %s processes a batch of %d events one by one: %s", consumer, batch.getRecords().size(),
                failure.getMessage());
        return Multi.createFrom().iterable(batch.getRecords())
                .onItem().transformToUniAndConcatenate(message -> handle(consumer, message,
                        event -> effect.apply(List.of(event))))
                .collect().last();
    }

    /** The events this consumer sees for the first time, in their order; a repeated one counts once. */
    private Uni<List<InboundEvent>> firstDeliveries(String consumer, List<InboundEvent> events) {
        return rows.returning(RECORD_ALL, events,
                        event -> Map.<String, Object>of("event_id", event.id(), "event_type", event.type()),
                        Map.of("consumer", consumer), String.class)
                .map(recorded -> {
                    Set<String> fresh = new HashSet<>(recorded);
                    return events.stream().filter(event -> fresh.remove(event.id())).toList();
                });
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
        OffsetDateTime time = cloudEvent.getTimeStamp().map(ZonedDateTime::toOffsetDateTime).orElse(null);
        return new InboundEvent(cloudEvent.getId(), cloudEvent.getType(), String.valueOf(cloudEvent.getSource()),
                subject, time, message.getPayload(), json);
    }

    private Uni<Void> deadLetter(String consumer, Message<String> message, Throwable failure) {
        LOG.errorf("Consumer %s sends a message to its dead-letter topic: %s", consumer, failure.getMessage());
        return Uni.createFrom().completionStage(message.nack(failure));
    }
}
