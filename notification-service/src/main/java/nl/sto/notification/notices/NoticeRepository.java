package nl.sto.notification.notices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notices and their attempts. A notice is claimed by pushing its next attempt ahead by the claim lease, in a
 * transaction that skips rows another replica holds: two replicas never send the same notice, and one that dies
 * while sending leaves it to be claimed again when the lease runs out.
 */
@ApplicationScoped
public class NoticeRepository {

    private static final String ADD = """
            INSERT INTO notice (id, event_id, kind, recipient, facts, status, created_at, next_attempt_at)
            VALUES ($1, $2, $3, $4, CAST(CAST($5 AS text) AS jsonb), 'scheduled', $6, $6)
            ON CONFLICT (event_id) DO NOTHING""";

    private static final String CLAIM = """
            UPDATE notice n SET next_attempt_at = $2, attempts = n.attempts + 1
            FROM (SELECT id FROM notice WHERE next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3
                  FOR UPDATE SKIP LOCKED) due
            WHERE n.id = due.id
            RETURNING n.id, n.kind, n.recipient, CAST(n.facts AS text) AS facts, n.attempts, n.created_at""";

    private static final String RECORD = """
            UPDATE notice SET status = $2, next_attempt_at = $3, sent_at = $4, status_reason = $5,
                              content_hash = COALESCE($6, content_hash)
            WHERE id = $1""";

    private static final String RECORD_ATTEMPT = """
            INSERT INTO notice_attempt (notice_id, attempt, attempted_at, outcome, detail) VALUES ($1, $2, $3, $4, $5)""";

    private static final String LIST = """
            SELECT n.id, n.event_id, n.kind, n.recipient, CAST(n.facts AS text) AS facts, n.status, n.status_reason,
                   n.created_at, n.sent_at, n.content_hash,
                   COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at,
                                                               'outcome', a.outcome, 'detail', a.detail)
                                             ORDER BY a.attempt)
                             FROM notice_attempt a WHERE a.notice_id = n.id), '[]') AS attempts
            FROM notice n
            ORDER BY n.status IN ('permanent-failure', 'technical-failure') DESC, n.created_at DESC
            LIMIT $1""";

    private final Pool pool;
    private final ObjectMapper json;

    NoticeRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Adds the notice an event asks for, due at once; the same event again adds nothing. */
    public Uni<Void> add(String eventId, NoticeKind kind, String recipient, JsonNode facts, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(("notice:" + eventId).getBytes(StandardCharsets.UTF_8));
        return pool.preparedQuery(ADD).execute(Tuple.of(id, eventId, kind.value(), recipient, facts.toString(),
                utc(now))).replaceWithVoid();
    }

    /** Up to {@code limit} notices due at {@code now}, each this replica's until {@code until}. */
    public Uni<List<ClaimedNotice>> claim(Instant now, Instant until, int limit) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                .execute(Tuple.of(utc(now), utc(until), limit))).map(this::claimed);
    }

    /** The attempt and what follows from it, together. */
    public Uni<Void> record(ClaimedNotice notice, NoticeOutcome outcome, Instant now) {
        Instant sentAt = "sent".equals(outcome.status()) ? now : null;
        String reason = outcome.detail();
        return pool.withTransaction(connection -> connection.preparedQuery(RECORD)
                .execute(Tuple.of(notice.id(), outcome.status(), utcOrNull(outcome.nextAttemptAt()),
                        utcOrNull(sentAt), reason, outcome.contentHash()))
                .chain(() -> connection.preparedQuery(RECORD_ATTEMPT).execute(Tuple.of(notice.id(),
                        notice.attempt(), utc(now), outcome.outcome(), reason))))
                .replaceWithVoid();
    }

    /** The latest notices, failures first. */
    public Uni<List<NoticeView>> latest(int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(limit)).map(this::views);
    }

    private List<ClaimedNotice> claimed(RowSet<Row> rows) {
        List<ClaimedNotice> claimed = new ArrayList<>();
        for (Row row : rows) {
            claimed.add(new ClaimedNotice(row.getUUID("id"), kind(row.getString("kind")), row.getString("recipient"),
                    read(row.getString("facts")), row.getInteger("attempts"), row.getOffsetDateTime("created_at")));
        }
        return claimed;
    }

    private List<NoticeView> views(RowSet<Row> rows) {
        List<NoticeView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(new NoticeView(row.getUUID("id"), row.getString("event_id"), row.getString("kind"),
                    row.getString("recipient"), read(row.getString("facts")), row.getString("status"),
                    row.getString("status_reason"), row.getOffsetDateTime("created_at"),
                    row.getOffsetDateTime("sent_at"), row.getString("content_hash"), attempts(row)));
        }
        return views;
    }

    private List<NoticeView.Attempt> attempts(Row row) {
        Object value = row.getValue("attempts");
        String text = value instanceof JsonArray array ? array.encode() : String.valueOf(value);
        try {
            return List.of(json.readValue(text, NoticeView.Attempt[].class));
        } catch (IOException e) {
            throw new IllegalStateException("The attempts of notice " + row.getUUID("id") + " cannot be read", e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A notice's facts are not JSON", e);
        }
    }

    private static NoticeKind kind(String value) {
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.value().equals(value)) {
                return kind;
            }
        }
        throw new IllegalStateException("Unknown notice kind " + value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }
}
