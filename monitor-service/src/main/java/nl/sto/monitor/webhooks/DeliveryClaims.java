package nl.sto.monitor.webhooks;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Claims the work of a round in the database, so that several replicas never send the same thing at once. A
 * subscription's turn (its new events and its replay) is claimed by locking its row, skipping rows another replica
 * holds, and giving it to this round's {@code turn} until a lease runs out; due retries are claimed the same way by
 * moving their {@code next_attempt_at} on by the lease. Both are committed at once: the deliveries go out after, and a
 * replica that stops meanwhile leaves its claims to run out, after which another takes them.
 */
@ApplicationScoped
class DeliveryClaims {

    /** Active subscriptions behind the end of the log or with a replay running, whose turn nobody holds. */
    private static final String TURNS = """
            UPDATE webhook_subscription s SET turn = $1, turn_until = $2
            FROM (SELECT c.id FROM webhook_subscription c
                  WHERE c.status = 'active' AND (c.turn_until IS NULL OR c.turn_until < $3)
                    AND (c.log_cursor < (SELECT COALESCE(max(position), 0) FROM event_log)
                         OR EXISTS (SELECT 1 FROM webhook_replay r
                                    WHERE r.subscription_id = c.id AND r.status = 'running'))
                  ORDER BY c.turn_until NULLS FIRST, c.created_at
                  LIMIT $4
                  FOR UPDATE OF c SKIP LOCKED) claimed
            WHERE s.id = claimed.id
            RETURNING s.id, s.url, s.secret, s.previous_secret, s.previous_secret_until,
                      CAST(s.filters AS text) AS filters, s.log_cursor,
                      (SELECT r.id FROM webhook_replay r WHERE r.subscription_id = s.id AND r.status = 'running')
                          AS replay_id""";

    private static final String REPLAYS = """
            SELECT id, since, scanned_to, up_to FROM webhook_replay WHERE id = ANY($1)""";

    /** Pending deliveries of active subscriptions whose moment came, oldest first. */
    private static final String RETRIES = """
            UPDATE webhook_delivery d SET next_attempt_at = $1
            FROM (SELECT p.id FROM webhook_delivery p JOIN webhook_subscription s ON s.id = p.subscription_id
                  WHERE p.status = 'pending' AND p.next_attempt_at <= $2 AND s.status = 'active'
                  ORDER BY p.next_attempt_at
                  LIMIT $3
                  FOR UPDATE OF p SKIP LOCKED) due
            WHERE d.id = due.id
            RETURNING d.id, d.subscription_id, d.position, d.cause, d.replay_id, d.attempts, d.first_attempt_at""";

    private static final String TARGETS = """
            SELECT id, url, secret, previous_secret, previous_secret_until FROM webhook_subscription
            WHERE id = ANY($1)""";

    private final Pool pool;
    private final ObjectMapper json;

    DeliveryClaims(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A subscription whose turn this round has: where its log cursor is, and its running replay if any. */
    record Turn(Target target, EventFilter filter, long cursor, Replay replay) {
    }

    record Replay(UUID id, OffsetDateTime since, long scannedTo, long upTo) {
    }

    /** A pending delivery this round claimed. */
    record Due(UUID deliveryId, UUID subscriptionId, long position, String cause, UUID replayId, int attempts,
            Instant firstAttempt) {
    }

    Uni<List<Turn>> turns(UUID turn, Instant now, Instant until, int limit) {
        return pool.preparedQuery(TURNS).execute(Tuple.of(turn, utc(until), utc(now), limit))
                .chain(rows -> replays(rows).map(replays -> turns(rows, replays, now)));
    }

    Uni<List<Due>> retries(Instant now, Instant until, int limit) {
        return pool.preparedQuery(RETRIES).execute(Tuple.of(utc(until), utc(now), limit)).map(rows -> {
            List<Due> due = new ArrayList<>(rows.size());
            for (Row row : rows) {
                OffsetDateTime first = row.getOffsetDateTime("first_attempt_at");
                due.add(new Due(row.getUUID("id"), row.getUUID("subscription_id"), row.getLong("position"),
                        row.getString("cause"), row.getUUID("replay_id"), row.getInteger("attempts"),
                        first == null ? null : first.toInstant()));
            }
            return due;
        });
    }

    /** Where the deliveries of these subscriptions go, with the secrets that sign them now. */
    Uni<Map<UUID, Target>> targets(Collection<UUID> subscriptions, Instant now) {
        if (subscriptions.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(TARGETS).execute(Tuple.of(subscriptions.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, Target> targets = new HashMap<>();
            rows.forEach(row -> targets.put(row.getUUID("id"), target(row, now)));
            return targets;
        });
    }

    private Uni<Map<UUID, Replay>> replays(RowSet<Row> claimed) {
        List<UUID> ids = new ArrayList<>();
        claimed.forEach(row -> {
            if (row.getUUID("replay_id") != null) {
                ids.add(row.getUUID("replay_id"));
            }
        });
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(REPLAYS).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, Replay> replays = new HashMap<>();
            rows.forEach(row -> replays.put(row.getUUID("id"), new Replay(row.getUUID("id"),
                    row.getOffsetDateTime("since"), row.getLong("scanned_to"), row.getLong("up_to"))));
            return replays;
        });
    }

    private List<Turn> turns(RowSet<Row> rows, Map<UUID, Replay> replays, Instant now) {
        List<Turn> turns = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID replay = row.getUUID("replay_id");
            turns.add(new Turn(target(row, now), filter(row.getString("filters")), row.getLong("log_cursor"),
                    replay == null ? null : replays.get(replay)));
        }
        return turns;
    }

    private static Target target(Row row, Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(2);
        secrets.add(WebhookSecret.of(row.getString("secret")));
        OffsetDateTime previousUntil = row.getOffsetDateTime("previous_secret_until");
        if (previousUntil != null && previousUntil.toInstant().isAfter(now)) {
            secrets.add(WebhookSecret.of(row.getString("previous_secret")));
        }
        return new Target(row.getUUID("id"), URI.create(row.getString("url")), secrets);
    }

    private EventFilter filter(String stored) {
        try {
            return EventFilters.of(json.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored filters are JSON by the column's type", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
