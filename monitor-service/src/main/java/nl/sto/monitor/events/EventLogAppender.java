package nl.sto.monitor.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.common.inbox.PoisonEventException;

/**
 * Appends events to the log, each once (by its CloudEvent id), in the caller's transaction: the inbox's, which
 * records the events as processed in the same commit. Positions are numbered 1, 2, 3 ... without gaps and must
 * become visible strictly in order, so that a reader who has seen position N never meets a new row below N later.
 * A sequence would give neither: its numbers are handed out before commit, and transactions commit in any order.
 * Instead every appender (the three consumers, in every replica) takes a transaction-scoped advisory lock before it
 * reads the highest position, and holds it until its commit: the next appender reads the highest position only
 * after the previous one has committed, so the log grows one commit after another. The turn is taken last, just
 * before the insert, to keep it short.
 */
@ApplicationScoped
public class EventLogAppender {

    private static final String TURN = "SELECT pg_advisory_xact_lock(hashtext('monitor:event-log'))";

    /** Numbered after the highest position this transaction sees, which the turn makes the last one committed. */
    private static final String APPEND = """
            INSERT INTO event_log (position, event_id, type, source, subject, time, data, logged_at)
            SELECT (SELECT COALESCE(max(position), 0) FROM event_log) + row_number() OVER (ORDER BY r.ord),
                   r.event_id, r.type, r.source, r.subject, COALESCE(r.time, now()), r.data, now()
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                 AS r(ord integer, event_id text, type text, source text, subject text, time timestamptz, data jsonb)
            WHERE NOT EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = r.event_id)""";

    private final JsonRows rows;
    private final ObjectMapper json;

    EventLogAppender(JsonRows rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    /**
     * The log's rows of these events, read before anything is written: an event whose data is not JSON is poison and
     * goes to the dead letters before the turn is taken.
     */
    public List<Map<String, Object>> rows(List<InboundEvent> events) {
        return events.stream().map(this::row).toList();
    }

    public Uni<Void> append(List<Map<String, Object>> logRows) {
        return takeTurn()
                .chain(() -> rows.insert(APPEND, logRows, Function.identity(), Map.of()))
                .replaceWithVoid();
    }

    private static Uni<Void> takeTurn() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(TURN, Object.class)
                .getSingleResult()).replaceWithVoid();
    }

    /** A map, not {@code Map.of}: subject, time and data may be absent. */
    private Map<String, Object> row(InboundEvent event) {
        Map<String, Object> row = new HashMap<>();
        row.put("event_id", event.id());
        row.put("type", event.type());
        row.put("source", event.source());
        row.put("subject", event.subject());
        row.put("time", event.time() == null ? null : event.time().toString());
        row.put("data", data(event));
        return row;
    }

    private JsonNode data(InboundEvent event) {
        if (event.data() == null || event.data().isBlank()) {
            return null;
        }
        try {
            return json.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Event " + event.id() + " of type " + event.type()
                    + " has data that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
