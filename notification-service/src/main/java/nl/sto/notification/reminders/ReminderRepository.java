package nl.sto.notification.reminders;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;
import nl.sto.notification.schedule.Steps;

/** Writes and reads reminders; planned rows go in set-based, and a key that exists already is left alone. */
@ApplicationScoped
public class ReminderRepository {

    private static final String PLAN = """
            INSERT INTO reminder (id, idempotency_key, obligation_id, region_code, contact_id, recipient, language,
                                  step, timed, before_due, deadline_version, due_date, previous_due_date, reason,
                                  scheduled_for, status, status_reason, attempts, next_attempt_at, created_at)
            SELECT r.id, r.idempotency_key, r.obligation_id, r.region_code, r.contact_id, r.recipient, r.language,
                   r.step, r.timed, r.before_due, r.deadline_version, r.due_date, r.previous_due_date, r.reason,
                   r.scheduled_for, r.status, r.status_reason, 0, r.scheduled_for, CAST(:now AS timestamptz)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, idempotency_key text, obligation_id uuid, region_code text,
                     contact_id text, recipient text, language text, step text, timed boolean, before_due boolean,
                     deadline_version integer, due_date date, previous_due_date date, reason text,
                     scheduled_for timestamptz, status text, status_reason text)
            ORDER BY r.ord
            ON CONFLICT (id) DO NOTHING
            RETURNING id""";

    /**
     * Reads each obligation's reminders through reminder_of_obligation, a probe per obligation ({@code OFFSET 0} keeps
     * the status filter outside the probe). Asked for pending reminders directly, the planner goes by statistics that
     * an amendment has just outdated (tens of thousands of date-moved messages written since they were counted as
     * none) and read every pending reminder for each obligation through reminder_due. The status is looked at again
     * on the row that is updated: a reminder the dispatcher claimed meanwhile is sending, and is left to it; one whose
     * sending failed for now meanwhile is cancelled all the same.
     */
    private static final String CANCEL_PENDING = """
            UPDATE reminder SET status = 'cancelled', status_reason = p.reason
            FROM (SELECT mine.id, mine.status, r.reason
                  FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                      AS r(ord integer, obligation_id uuid, reason text)
                  CROSS JOIN LATERAL (SELECT id, status FROM reminder
                                      WHERE reminder.obligation_id = r.obligation_id OFFSET 0) mine
                  WHERE mine.status IN ('scheduled', 'temporary-failure')) p
            WHERE reminder.id = p.id AND reminder.status IN (p.status, 'temporary-failure')""";

    private final JsonRows rows;

    public ReminderRepository(JsonRows rows) {
        this.rows = rows;
    }

    /**
     * Writes these messages, each with its status (scheduled, or cancelled with its reason); any whose idempotency key
     * was written before stays as it was. The ids of those that are new.
     */
    public Uni<List<UUID>> plan(List<Reminder> planned, OffsetDateTime now) {
        if (planned.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // The rows refer to obligations this transaction may have just made: those go to the database first.
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> rows.returning(PLAN, planned, ReminderRepository::row, Map.of("now", now), UUID.class));
    }

    /**
     * Cancels what is still to be sent of an obligation (to one contact, or to all when {@code contactId} is null) and
     * returns what it cancelled.
     */
    public Uni<List<Reminder>> cancelPending(UUID obligationId, String contactId, String reason) {
        String ofContact = contactId == null ? "" : " and r.contactId = :contact";
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery("from Reminder r where r.obligationId = :obligation"
                    + ofContact + " and r.status in :pending", Reminder.class)
                    .setParameter("obligation", obligationId)
                    .setParameter("pending", List.of(ReminderStatus.SCHEDULED, ReminderStatus.TEMPORARY_FAILURE));
            if (contactId != null) {
                query.setParameter("contact", contactId);
            }
            return query.getResultList();
        }).invoke(pending -> pending.forEach(r -> {
            r.status = ReminderStatus.CANCELLED;
            r.statusReason = reason;
        }));
    }

    /**
     * Cancels what is still to be sent of each of these obligations, with the reason given for it, in one statement
     * per thousand obligations; how many reminders it cancelled.
     */
    public Uni<Integer> cancelPending(Map<UUID, String> reasons) {
        return rows.insert(CANCEL_PENDING, List.copyOf(reasons.entrySet()),
                e -> Map.of("obligation_id", e.getKey(), "reason", e.getValue()), Map.of());
    }

    /**
     * What is still to be sent to a contact of the region, of every obligation. Looked up through the region: a
     * region has few reminders beside all of them, and an index by contact would slow down every plan and cancel.
     */
    public Uni<List<Reminder>> pendingFor(String regionCode, String contactId) {
        return Reminder.list("regionCode = ?1 and contactId = ?2 and status in ?3", regionCode, contactId,
                List.of(ReminderStatus.SCHEDULED, ReminderStatus.TEMPORARY_FAILURE));
    }

    /** The contacts who have been sent a message about the obligation: they have its calendar entry. */
    public Uni<List<String>> contactsWithCalendarEntry(UUID obligationId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                select distinct r.contactId from Reminder r
                where r.obligationId = :obligation and r.status = :sent""", String.class)
                .setParameter("obligation", obligationId)
                .setParameter("sent", ReminderStatus.SENT)
                .getResultList());
    }

    /** The obligations of which a contact of the region was announced (or is to be announced) any, by this address. */
    public Uni<List<UUID>> announcedTo(String regionCode, String contactId, String recipient) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                select distinct r.obligationId from Reminder r
                where r.regionCode = :region and r.contactId = :contact and r.recipient = :recipient
                  and r.step = :announcement and r.status <> :cancelled""", UUID.class)
                .setParameter("region", regionCode)
                .setParameter("contact", contactId)
                .setParameter("recipient", recipient)
                .setParameter("announcement", Steps.ANNOUNCEMENT)
                .setParameter("cancelled", ReminderStatus.CANCELLED)
                .getResultList());
    }

    private static Map<String, Object> row(Reminder r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id);
        row.put("idempotency_key", r.idempotencyKey);
        row.put("obligation_id", r.obligationId);
        row.put("region_code", r.regionCode);
        row.put("contact_id", r.contactId);
        row.put("recipient", r.recipient);
        row.put("language", r.language);
        row.put("step", r.step);
        row.put("timed", r.timed);
        row.put("before_due", r.beforeDue);
        row.put("deadline_version", r.deadlineVersion);
        row.put("due_date", r.dueDate);
        row.put("previous_due_date", r.previousDueDate);
        row.put("reason", r.reason);
        row.put("scheduled_for", r.scheduledFor);
        row.put("status", r.status.value());
        row.put("status_reason", r.statusReason);
        return row;
    }
}
