package nl.sto.monitor.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.sto.common.db.JsonRows;
import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.monitor.SubscriptionPaused;

/**
 * Records a round in one transaction: every new delivery and every attempt (a statement for all of them, not one per
 * event), the retried deliveries' state, how far each subscription's turn and replay came, and what the results say
 * about each subscription: a 2xx ends a stretch of failures, a 410 disables it, and a delivery that failed through the
 * whole retry schedule while nothing succeeded pauses it and tells its owner (an event through the outbox, in the same
 * transaction). The subscriptions' rows are locked first, so that two rounds (or a round and a deletion) touching one
 * subscription take turns; what a round sent for a subscription deleted meanwhile, or for a turn another replica took
 * over after its lease ran out, is not recorded.
 */
@ApplicationScoped
class DeliveryRecorder {

    private static final String FRESH = """
            INSERT INTO webhook_delivery (id, subscription_id, event_id, position, event_type, cause, replay_id, status,
                                          attempts, created_at, first_attempt_at, last_attempt_at, next_attempt_at)
            SELECT r.id, r.subscription_id, r.event_id, r.position, r.event_type, r.cause, r.replay_id, r.status, 1,
                   r.attempted_at, r.attempted_at, r.attempted_at, r.next_attempt_at
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                 AS r(ord integer, id uuid, subscription_id uuid, event_id text, position bigint, event_type text,
                      cause text, replay_id uuid, status text, attempted_at timestamptz, next_attempt_at timestamptz)
            ORDER BY r.ord""";

    /** Only where the attempt before was the last one recorded: a claim taken over keeps its own count. */
    private static final String RETRIED = """
            UPDATE webhook_delivery d SET status = r.status, attempts = r.attempt,
                   first_attempt_at = COALESCE(d.first_attempt_at, r.attempted_at), last_attempt_at = r.attempted_at,
                   next_attempt_at = r.next_attempt_at
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                 AS r(ord integer, id uuid, attempt integer, status text, attempted_at timestamptz,
                      next_attempt_at timestamptz)
            WHERE d.id = r.id AND d.status = 'pending' AND d.attempts = r.attempt - 1""";

    private static final String ATTEMPTS = """
            INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, http_status, error, duration_ms)
            SELECT r.delivery_id, r.attempt, r.attempted_at, r.http_status, r.error, r.duration_ms
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                 AS r(ord integer, delivery_id uuid, attempt integer, attempted_at timestamptz, http_status integer,
                      error text, duration_ms integer)
            WHERE EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.id = r.delivery_id AND d.attempts >= r.attempt)
            ORDER BY r.ord
            ON CONFLICT (delivery_id, attempt) DO NOTHING""";

    private final JsonRows rows;
    private final Outbox outbox;
    private final RetrySchedule schedule;

    DeliveryRecorder(JsonRows rows, Outbox outbox, WebhookSettings settings) {
        this.rows = rows;
        this.outbox = outbox;
        this.schedule = new RetrySchedule(settings.retrySchedule(), settings.jitter(), RandomGenerator.getDefault());
    }

    /** How far one subscription's turn came: its log cursor, and its replay's if it has one running. */
    record Progress(UUID subscriptionId, long cursorTo, UUID replayId, long replayScannedTo, long replayDelivered) {
    }

    /** An attempt with what it makes of its delivery: delivered, failed, or due again at {@code next}. */
    private record Judged(Sent sent, String status, Instant next) {

        UUID subscriptionId() {
            return sent.outgoing().target().subscriptionId();
        }

        /** Failed for good after the whole schedule (not by a 410). */
        boolean exhausted() {
            return WebhookDelivery.FAILED.equals(status) && !sent.gone();
        }

        Instant firstAttempt() {
            return sent.outgoing().firstAttempt() != null ? sent.outgoing().firstAttempt() : sent.at();
        }
    }

    @WithTransaction
    Uni<Void> record(UUID turn, List<Progress> progress, List<Sent> sent, Instant now) {
        Set<UUID> ids = new HashSet<>();
        progress.forEach(p -> ids.add(p.subscriptionId()));
        sent.forEach(s -> ids.add(s.outgoing().target().subscriptionId()));
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Locked in one order by every round, so that two rounds sharing subscriptions wait for each other, never
        // for ever.
        return WebhookSubscription.<WebhookSubscription>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().chain(found -> {
                    Map<UUID, WebhookSubscription> byId = found.stream()
                            .collect(Collectors.toMap(s -> s.id, Function.identity()));
                    List<Judged> judged = sent.stream().filter(s -> recordable(s, byId, turn))
                            .map(s -> judge(s, now)).toList();
                    return deliveries(judged)
                            .chain(() -> replays(progress, byId, turn, now))
                            .chain(() -> subscriptions(progress, judged, byId, turn, now));
                });
    }

    private static boolean recordable(Sent sent, Map<UUID, WebhookSubscription> byId, UUID turn) {
        WebhookSubscription s = byId.get(sent.outgoing().target().subscriptionId());
        return s != null && (!sent.outgoing().fresh() || turn.equals(s.turn));
    }

    private Judged judge(Sent sent, Instant now) {
        if (sent.delivered()) {
            return new Judged(sent, WebhookDelivery.DELIVERED, null);
        }
        if (sent.gone()) {
            return new Judged(sent, WebhookDelivery.FAILED, null);
        }
        Instant first = sent.outgoing().firstAttempt() != null ? sent.outgoing().firstAttempt() : sent.at();
        Optional<Instant> next = schedule.next(sent.outgoing().attempt(), first, now, sent.retryAfter(now));
        return next.map(at -> new Judged(sent, WebhookDelivery.PENDING, at))
                .orElseGet(() -> new Judged(sent, WebhookDelivery.FAILED, null));
    }

    private Uni<Void> deliveries(List<Judged> judged) {
        List<Judged> fresh = judged.stream().filter(j -> j.sent().outgoing().fresh()).toList();
        List<Judged> retried = judged.stream().filter(j -> !j.sent().outgoing().fresh()).toList();
        return rows.insert(FRESH, fresh, DeliveryRecorder::freshRow, Map.of())
                .chain(() -> rows.insert(RETRIED, retried, DeliveryRecorder::retriedRow, Map.of()))
                .chain(() -> rows.insert(ATTEMPTS, judged, DeliveryRecorder::attemptRow, Map.of()))
                .replaceWithVoid();
    }

    private static Map<String, Object> freshRow(Judged j) {
        Outgoing o = j.sent().outgoing();
        Map<String, Object> row = new HashMap<>();
        row.put("id", o.deliveryId().toString());
        row.put("subscription_id", o.target().subscriptionId().toString());
        row.put("event_id", o.event().event().id());
        row.put("position", o.event().position());
        row.put("event_type", o.event().event().type());
        row.put("cause", o.cause());
        row.put("replay_id", o.replayId() == null ? null : o.replayId().toString());
        row.put("status", j.status());
        row.put("attempted_at", j.sent().at().toString());
        row.put("next_attempt_at", j.next() == null ? null : j.next().toString());
        return row;
    }

    private static Map<String, Object> retriedRow(Judged j) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", j.sent().outgoing().deliveryId().toString());
        row.put("attempt", j.sent().outgoing().attempt());
        row.put("status", j.status());
        row.put("attempted_at", j.sent().at().toString());
        row.put("next_attempt_at", j.next() == null ? null : j.next().toString());
        return row;
    }

    private static Map<String, Object> attemptRow(Judged j) {
        Map<String, Object> row = new HashMap<>();
        row.put("delivery_id", j.sent().outgoing().deliveryId().toString());
        row.put("attempt", j.sent().outgoing().attempt());
        row.put("attempted_at", j.sent().at().toString());
        row.put("http_status", j.sent().httpStatus());
        row.put("error", j.sent().error());
        row.put("duration_ms", j.sent().durationMs());
        return row;
    }

    private static Uni<Void> replays(List<Progress> progress, Map<UUID, WebhookSubscription> byId, UUID turn,
            Instant now) {
        List<Progress> ours = progress.stream().filter(p -> p.replayId() != null && byId.containsKey(p.subscriptionId())
                && turn.equals(byId.get(p.subscriptionId()).turn)).toList();
        return Multi.createFrom().iterable(ours)
                .onItem().transformToUniAndConcatenate(p -> WebhookReplay.<WebhookReplay>findById(p.replayId())
                        .invoke(replay -> {
                            if (replay != null) {
                                replay.advance(p.replayScannedTo(), p.replayDelivered(), utc(now));
                            }
                        }))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> subscriptions(List<Progress> progress, List<Judged> judged,
            Map<UUID, WebhookSubscription> byId, UUID turn, Instant now) {
        Map<UUID, List<Judged>> bySubscription = judged.stream().collect(Collectors.groupingBy(Judged::subscriptionId));
        Map<UUID, Progress> turns = progress.stream().collect(Collectors.toMap(Progress::subscriptionId,
                Function.identity()));
        return Multi.createFrom().iterable(byId.values())
                .onItem().transformToUniAndConcatenate(s -> {
                    Progress came = turns.get(s.id);
                    if (came != null && turn.equals(s.turn)) {
                        s.logCursor = Math.max(s.logCursor, came.cursorTo());
                        s.turn = null;
                        s.turnUntil = null;
                    }
                    return health(s, bySubscription.getOrDefault(s.id, List.of()), now);
                })
                .collect().last().replaceWithVoid();
    }

    /** What the round's attempts say about the subscription; a pause is told through the outbox. */
    private Uni<Void> health(WebhookSubscription s, List<Judged> attempts, Instant now) {
        attempts.stream().filter(j -> j.sent().delivered()).map(j -> j.sent().at()).max(Comparator.naturalOrder())
                .ifPresent(success -> {
                    s.lastSuccessAt = utc(success);
                    s.failingSince = null;
                });
        List<Judged> failures = attempts.stream().filter(j -> !j.sent().delivered()).toList();
        if (failures.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (s.failingSince == null) {
            s.failingSince = utc(failures.stream().map(j -> j.sent().at()).min(Comparator.naturalOrder()).get());
        }
        Optional<Judged> gone = failures.stream().filter(j -> j.sent().gone()).findFirst();
        if (gone.isPresent() && s.isActive()) {
            s.stop(WebhookSubscription.DISABLED, "the receiver answered 410 Gone at " + gone.get().sent().at()
                    + ": it wants no more deliveries", utc(now));
            return Uni.createFrom().voidItem();
        }
        Optional<Judged> exhausted = failures.stream().filter(Judged::exhausted)
                .filter(j -> !s.failingSince.toInstant().isAfter(j.firstAttempt())).findFirst();
        if (exhausted.isEmpty() || !s.isActive()) {
            return Uni.createFrom().voidItem();
        }
        return pause(s, exhausted.get(), now);
    }

    private Uni<Void> pause(WebhookSubscription s, Judged exhausted, Instant now) {
        OffsetDateTime pausedAt = utc(now);
        String reason = "no delivery succeeded since " + s.failingSince + ": a delivery failed through the whole retry "
                + "schedule, the last attempt with " + exhausted.sent().outcome();
        s.stop(WebhookSubscription.PAUSED, reason, pausedAt);
        return outbox.add(Topics.MONITOR, EventTypes.SUBSCRIPTION_PAUSED, s.id.toString(), new SubscriptionPaused(
                s.id.toString(), s.url, s.contactEmail, s.statusReason, s.failingSince, pausedAt)).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
