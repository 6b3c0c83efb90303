package nl.sto.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox. Call it inside the transaction that changes the state the event reports:
 * both commit together or neither does, and the relay publishes the row later.
 */
@ApplicationScoped
public class Outbox {

    // Every parameter is cast: PostgreSQL cannot infer a type for a parameter that only meets another parameter.
    private static final String ADD_ALL = """
            INSERT INTO outbox_event (id, topic, event_key, type, source, subject, payload, created_at)
            SELECT r.id, CAST(:topic AS varchar), r.key, CAST(:type AS varchar), CAST(:source AS varchar), r.key,
                   r.payload, CAST(:now AS timestamptz)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, key text, payload text)
            ORDER BY r.ord""";

    private final ObjectMapper json;
    private final JsonRows rows;
    private final String source;

    public Outbox(ObjectMapper json, JsonRows rows,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.json = json;
        this.rows = rows;
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

    /** One event of many: its key and subject (the region code), and its payload. */
    public record Keyed(String key, Object payload) {
    }

    /**
     * Adds many events of one type set-based, in the order given, for a change that touches thousands of regions in
     * one transaction (see {@link JsonRows}). The payloads are serialised here, as {@link #add} does.
     */
    public Uni<Integer> addAll(String topic, String type, List<Keyed> events) {
        return rows.insert(ADD_ALL, events, event -> Map.of("id", UUID.randomUUID().toString(), "key", event.key(),
                "payload", serialize(event.payload())), Map.of("topic", topic, "type", type, "source", source,
                "now", OffsetDateTime.now(ZoneOffset.UTC)));
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
