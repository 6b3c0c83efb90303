package nl.sto.notification.sending;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;
import nl.sto.common.outbox.Outbox;
import nl.sto.common.regions.KnownRegion;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.notifications.ReminderFailed;
import nl.sto.contracts.notifications.ReminderSent;
import nl.sto.notification.reminders.Contact;
import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.ReminderStatus;
import nl.sto.notification.reminders.StatusReason;
import nl.sto.notification.reminders.TrackedObligation;
import nl.sto.notification.schedule.ReminderSettings;

import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Claims due reminders and records how their delivery went. Claiming locks the due rows and skips rows another
 * replica holds, and marks them {@code sending} with a lease, in one transaction: no two replicas hand the same
 * message to the SMTP server. A replica that dies while sending leaves its claims to expire, and they are taken
 * again. Before claiming, steps that are of no more use are recorded as skipped rather than sent late.
 */
@ApplicationScoped
public class DispatchRepository {

    /** Overtaken: a later step to the same contact about the same obligation is due as well. */
    private static final String SKIP_OVERTAKEN = """
            UPDATE reminder r SET status = 'skipped',
                   status_reason = '%s'
            WHERE r.status = 'scheduled' AND r.timed AND r.next_attempt_at <= CAST(:now AS timestamptz)
              AND EXISTS (SELECT 1 FROM reminder later
                          WHERE later.obligation_id = r.obligation_id AND later.contact_id = r.contact_id
                            AND later.status = 'scheduled' AND later.timed
                            AND later.scheduled_for > r.scheduled_for
                            AND later.next_attempt_at <= CAST(:now AS timestamptz))"""
            .formatted(StatusReason.OVERTAKEN.text());

    /** Of no use any more: a step that only helps before the due date, when that date has passed. */
    private static final String SKIP_PAST_DUE = """
            UPDATE reminder SET status = 'skipped',
                   status_reason = '%s'
            WHERE status = 'scheduled' AND before_due AND due_date < CAST(:today AS date)
              AND next_attempt_at <= CAST(:now AS timestamptz)""".formatted(StatusReason.PAST_DUE.text());

    private static final String SKIP_TURN = "SELECT pg_try_advisory_xact_lock(hashtext('reminders:skip-useless'))";

    /**
     * Due reminders, oldest first. Each of the two kinds walks its own index in order and stops at the limit: one
     * query for both (an OR) would read and sort every due row of a pile of 100,000 for every batch of 200.
     */
    private static final String DUE = """
            SELECT r.id FROM reminder r
            WHERE r.status IN ('scheduled', 'temporary-failure') AND r.next_attempt_at <= CAST(:now AS timestamptz)
              AND NOT EXISTS (SELECT 1 FROM region_pause p WHERE p.region_code = r.region_code)
            ORDER BY r.next_attempt_at
            LIMIT CAST(:limit AS integer)
            FOR UPDATE OF r SKIP LOCKED""";

    /** Claims whose lease ran out: the replica that held them stopped while sending. */
    private static final String ABANDONED = """
            SELECT r.id FROM reminder r
            WHERE r.status = 'sending' AND r.claimed_until < CAST(:now AS timestamptz)
              AND NOT EXISTS (SELECT 1 FROM region_pause p WHERE p.region_code = r.region_code)
            ORDER BY r.claimed_until
            LIMIT CAST(:limit AS integer)
            FOR UPDATE OF r SKIP LOCKED""";

    private static final String CLAIM = """
            UPDATE reminder SET status = 'sending', claimed_until = CAST(:until AS timestamptz),
                   attempts = attempts + 1,
                   first_attempt_at = COALESCE(first_attempt_at, CAST(:now AS timestamptz))
            WHERE id IN (:ids)""";

    private static final String RECORD = """
            UPDATE reminder r SET status = x.status, sent_at = x.sent_at, status_reason = x.reason,
                   next_attempt_at = COALESCE(x.next_attempt_at, r.next_attempt_at), claimed_until = NULL,
                   template_version = COALESCE(x.template_version, r.template_version),
                   content_hash = COALESCE(x.content_hash, r.content_hash),
                   calendar_sequence = COALESCE(x.calendar_sequence, r.calendar_sequence)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS x(ord integer, id uuid, attempt integer, status text, sent_at timestamptz, reason text,
                     next_attempt_at timestamptz, template_version text, content_hash text, calendar_sequence integer)
            WHERE r.id = x.id AND r.status = 'sending' AND r.attempts = x.attempt
            RETURNING r.id""";

    private static final String ATTEMPTS = """
            INSERT INTO delivery_attempt (reminder_id, attempt, attempted_at, outcome, detail)
            SELECT x.reminder_id, x.attempt, CAST(:now AS timestamptz), x.outcome, x.detail
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS x(ord integer, reminder_id uuid, attempt integer, outcome text, detail text)
            ORDER BY x.ord
            ON CONFLICT (reminder_id, attempt) DO NOTHING""";

    private final JsonRows rows;
    private final Outbox outbox;
    private final ReminderSettings settings;

    public DispatchRepository(JsonRows rows, Outbox outbox, ReminderSettings settings) {
        this.rows = rows;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Records as skipped what is due but of no more use: steps whose due date passed, and steps overtaken by a later
     * one to the same contact. Both look at every due reminder, so this runs once before a pile is claimed, not with
     * every batch of it; and by one replica at a time (the others go on claiming), as two passes updating the same
     * rows in different orders could deadlock.
     */
    @WithTransaction
    public Uni<Integer> skipUseless(Instant now, LocalDate today) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(SKIP_TURN, Boolean.class)
                .getSingleResult()
                .chain(ours -> !ours ? Uni.createFrom().item(0) : session.createNativeQuery(SKIP_PAST_DUE)
                        .setParameter("now", utc(now)).setParameter("today", today).executeUpdate()
                        .chain(pastDue -> session.createNativeQuery(SKIP_OVERTAKEN).setParameter("now", utc(now))
                                .executeUpdate().map(overtaken -> pastDue + overtaken))));
    }

    /** Up to a batch of due reminders, now this replica's to send, with what their messages are written from. */
    @WithTransaction
    public Uni<List<Outgoing>> claim(Instant now) {
        return Panache.getSession().flatMap(session -> ids(session, ABANDONED, now, settings.batchSize())
                .chain(abandoned -> ids(session, DUE, now, settings.batchSize() - abandoned.size())
                        .map(due -> Stream.concat(abandoned.stream(), due.stream()).toList()))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Outgoing>of())
                        : session.createNativeQuery(CLAIM)
                                .setParameter("until", utc(now.plus(settings.claimLease())))
                                .setParameter("now", utc(now))
                                .setParameter("ids", ids)
                                .executeUpdate()
                                .chain(() -> outgoing(ids))));
    }

    private static Uni<List<UUID>> ids(Mutiny.Session session, String query, Instant now, int limit) {
        if (limit <= 0) {
            return Uni.createFrom().item(List.of());
        }
        return session.createNativeQuery(query, UUID.class).setParameter("now", utc(now)).setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Records every result with its attempt, and its event. A result whose claim was lost meanwhile (its lease ran out
     * and another replica took the reminder again) keeps its attempt, which did happen, but changes neither the
     * reminder nor publishes an event: the replica holding the claim does.
     */
    @WithTransaction
    public Uni<Void> record(List<DeliveryResult> results, Instant now) {
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> attempts = new ArrayList<>();
        Map<UUID, Outbox.Keyed> sent = new LinkedHashMap<>();
        Map<UUID, Outbox.Keyed> failed = new LinkedHashMap<>();
        for (DeliveryResult result : results) {
            Reminder r = result.outgoing().reminder();
            ReminderStatus status = statusAfter(result, r, now);
            Map<String, Object> update = new HashMap<>();
            update.put("id", r.id);
            update.put("attempt", r.attempts);
            update.put("status", status.value());
            update.put("sent_at", status == ReminderStatus.SENT ? utc(now) : null);
            update.put("reason", status == ReminderStatus.SENT ? null : result.detail());
            update.put("next_attempt_at", status == ReminderStatus.TEMPORARY_FAILURE ? utc(settings.retryAt(r.attempts, now)) : null);
            if (result.message() != null) {
                update.put("template_version", result.message().templateVersion());
                update.put("content_hash", result.message().contentHash());
                update.put("calendar_sequence", result.message().calendarSequence());
            }
            updates.add(update);
            attempts.add(Map.of("reminder_id", r.id, "attempt", r.attempts, "outcome", result.outcome().value(),
                    "detail", result.detail()));
            TrackedObligation o = result.outgoing().obligation();
            if (status == ReminderStatus.SENT) {
                sent.put(r.id, new Outbox.Keyed(r.regionCode, new ReminderSent(r.id.toString(), r.regionCode,
                        o.id.toString(), o.regulationId, o.kind, r.step, r.contactId, r.language, r.dueDate,
                        r.deadlineVersion, utc(now))));
            } else if (status.failed()) {
                failed.put(r.id, new Outbox.Keyed(r.regionCode, new ReminderFailed(r.id.toString(), r.regionCode,
                        o.id.toString(), o.regulationId, o.kind, r.step, r.contactId, status.value(),
                        result.detail(), r.attempts, utc(now))));
            }
        }
        Function<Map<String, Object>, Map<String, Object>> same = row -> row;
        return rows.returning(RECORD, updates, same, Map.of(), UUID.class)
                .call(() -> rows.insert(ATTEMPTS, attempts, same, Map.of("now", utc(now))))
                .chain(recorded -> publish(EventTypes.REMINDER_SENT, sent, recorded)
                        .chain(() -> publish(EventTypes.REMINDER_FAILED, failed, recorded)));
    }

    /** The events of the results that were recorded, in the order of the results. */
    private Uni<Void> publish(String type, Map<UUID, Outbox.Keyed> events, List<UUID> recorded) {
        Set<UUID> ours = Set.copyOf(recorded);
        List<Outbox.Keyed> ofRecorded = events.entrySet().stream().filter(e -> ours.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return ofRecorded.isEmpty() ? Uni.createFrom().voidItem()
                : outbox.addAll(Topics.NOTIFICATIONS, type, ofRecorded).replaceWithVoid();
    }

    /** A temporary failure that has lasted longer than retries last becomes a technical failure. */
    ReminderStatus statusAfter(DeliveryResult result, Reminder r, Instant now) {
        if (result.outcome() != ReminderStatus.TEMPORARY_FAILURE) {
            return result.outcome();
        }
        Instant first = r.firstAttemptAt == null ? now : r.firstAttemptAt.toInstant();
        boolean givenUp = !settings.retryAt(r.attempts, now).isBefore(first.plus(settings.giveUpAfter()));
        return givenUp ? ReminderStatus.TECHNICAL_FAILURE : ReminderStatus.TEMPORARY_FAILURE;
    }

    private Uni<List<Outgoing>> outgoing(List<UUID> ids) {
        return Reminder.<Reminder>list("id in ?1 order by nextAttemptAt", ids).chain(claimed -> {
            List<UUID> obligationIds = claimed.stream().map(r -> r.obligationId).distinct().toList();
            List<String> contactIds = claimed.stream().map(r -> r.contactId).distinct().toList();
            List<String> regionCodes = claimed.stream().map(r -> r.regionCode).distinct().toList();
            return TrackedObligation.<TrackedObligation>list("id in ?1", obligationIds)
                    .chain(obligations -> Contact.<Contact>list("id in ?1", contactIds)
                            .chain(contacts -> KnownRegion.<KnownRegion>list("code in ?1", regionCodes)
                                    .map(regions -> join(claimed, obligations, contacts, regions))));
        });
    }

    private static List<Outgoing> join(List<Reminder> claimed, List<TrackedObligation> obligations,
            List<Contact> contacts, List<KnownRegion> regions) {
        Map<UUID, TrackedObligation> byId = obligations.stream().collect(Collectors.toMap(o -> o.id, o -> o));
        Map<String, String> names = contacts.stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
        Map<String, String> regionNames = regions.stream().collect(Collectors.toMap(k -> k.code, k -> k.name));
        return claimed.stream().map(r -> new Outgoing(r, byId.get(r.obligationId),
                names.getOrDefault(r.contactId, r.recipient), regionNames.get(r.regionCode))).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
