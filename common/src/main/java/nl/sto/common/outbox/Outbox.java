package nl.sto.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox. Call it inside the transaction that changes the state the event reports:
 * both commit together or neither does, and the relay publishes the row later.
 */
@ApplicationScoped
public class Outbox {

    // Every parameter is cast: PostgreSQL cannot infer a type for a parameter that only meets another parameter.
    // The rows go in as text: a parameter typed json would get the Java string as one JSON string, not an array.
    private static final String ADD_ALL = """
            INSERT INTO outbox_event (id, topic, event_key, type, source, subject, payload, created_at)
            SELECT r.id, CAST(:topic AS varchar), r.key, CAST(:type AS varchar), CAST(:source AS varchar), r.key,
                   r.payload, CAST(:now AS timestamptz)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, key text, payload text)
            ORDER BY r.ord""";

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

    /** One event of many: its key and subject (the region code), and its payload. */
    public record Keyed(String key, Object payload) {
    }

    /**
     * Adds many events of one type in one statement, in the order given, for a change that touches thousands of
     * regions in one transaction. The payloads are serialised here, as {@link #add} does, and handed to PostgreSQL
     * as one JSON array of rows.
     */
    public Uni<Integer> addAll(String topic, String type, List<Keyed> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (Keyed event : events) {
            rows.add(Map.of("ord", rows.size(), "id", UUID.randomUUID().toString(), "key", event.key(),
                    "payload", serialize(event.payload())));
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ADD_ALL)
                .setParameter("rows", serialize(rows))
                .setParameter("topic", topic)
                .setParameter("type", type)
                .setParameter("source", source)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate());
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
