package nl.sto.common.outbox;

import java.net.URI;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Sends outbox rows to Kafka as CloudEvents and completes only when the broker acknowledged every one. */
@ApplicationScoped
class OutboxPublisher {

    private final MutinyEmitter<String> emitter;

    OutboxPublisher(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    Uni<Void> publishAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Sent together, in order: the idempotent producer keeps the order per partition.
        List<Uni<Void>> sends = events.stream().map(this::publish).toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private Uni<Void> publish(PendingEvent event) {
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic())
                        .withKey(event.key())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id().toString())
                        .withSource(URI.create(event.source()))
                        .withType(event.type())
                        .withSubject(event.subject())
                        .withTimestamp(event.createdAt().toZonedDateTime())
                        .withDataContentType("application/json")
                        .build());
        return emitter.sendMessage(message);
    }
}
