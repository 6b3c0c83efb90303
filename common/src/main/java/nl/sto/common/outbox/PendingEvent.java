package nl.sto.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/** An outbox row as the relay reads it. */
record PendingEvent(long seq, UUID id, String topic, String key, String type, String source, String subject,
        String payload, OffsetDateTime createdAt) {

    static PendingEvent from(Row row) {
        return new PendingEvent(row.getLong("seq"), row.getUUID("id"), row.getString("topic"),
                row.getString("event_key"), row.getString("type"), row.getString("source"),
                row.getString("subject"), row.getString("payload"), row.getOffsetDateTime("created_at"));
    }
}
