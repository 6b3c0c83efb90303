package nl.sto.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox. Call it inside the transaction that changes the state the event reports:
 * both commit together or neither does, and the relay publishes the row later.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final String source;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.json = json;
        this.source = "/sto/" + applicationName;
    }

    /** Adds an event keyed and subjected by the region code, so one region's events stay in order. */
    public Uni<OutboxEvent> add(String topic, String type, String regionCode, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.key = regionCode;
        event.subject = regionCode;
        event.type = type;
        event.source = source;
        event.payload = serialize(payload);
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return event.persist();
    }

    /** The CloudEvent source of this service's events, for events written set-based in SQL. */
    public String source() {
        return source;
    }

    private String serialize(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
