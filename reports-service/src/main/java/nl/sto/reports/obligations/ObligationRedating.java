package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.DeadlineChanged;

/**
 * Moves every obligation of one kind to a new due date in one statement: the obligation, its history row and its
 * {@code deadline.changed} outbox row are written together, set-based, so that an amendment re-dates tens of
 * thousands of obligations in the caller's transaction within seconds. The JSON built here is
 * {@link DeadlineChanged}; the event tests read it back as that record.
 */
@ApplicationScoped
public class ObligationRedating {

    /**
     * An obligation an amendment would move, for the ministry's dry run: its status now, and the status the move
     * gives it ({@link ObligationStatus#afterMoveTo}), which the region sees once the amendment is published.
     */
    public record Affected(String obligationId, String regionCode, String kind, LocalDate from, LocalDate to,
            ObligationStatus status, ObligationStatus statusAfter) {
    }

    // Every parameter is cast: PostgreSQL cannot infer a type for a parameter that only meets another parameter.
    private static final String REDATE = """
            WITH moved AS (
                UPDATE obligation o
                SET due_date = CAST(:to AS date), version = CAST(:version AS integer),
                    status = CASE WHEN o.status IN ('OVERDUE', 'ENDED') AND CAST(:to AS date) >= CAST(:today AS date)
                                  THEN 'OPEN' ELSE o.status END
                FROM obligation before
                WHERE before.id = o.id AND o.regulation_id = CAST(:regulation AS varchar)
                  AND o.kind = CAST(:kind AS varchar) AND o.due_date <> CAST(:to AS date)
                RETURNING o.id, o.region_code, before.due_date AS from_date
            ), history AS (
                INSERT INTO obligation_change (obligation_id, from_date, to_date, version, reason, changed_at)
                SELECT id, from_date, CAST(:to AS date), CAST(:version AS integer), CAST(:reason AS varchar), now()
                FROM moved
            )
            INSERT INTO outbox_event (id, topic, event_key, type, source, subject, payload, created_at)
            SELECT gen_random_uuid(), CAST(:topic AS varchar), region_code, CAST(:type AS varchar),
                   CAST(:source AS varchar), region_code,
                   CAST(json_build_object('obligationId', id, 'regionCode', region_code,
                       'regulationId', CAST(:regulation AS text), 'kind', CAST(:kind AS text),
                       'from', from_date, 'to', CAST(:to AS date), 'version', CAST(:version AS integer),
                       'reason', CAST(:reason AS text)) AS text),
                   now()
            FROM moved ORDER BY region_code""";

    private final Outbox outbox;

    public ObligationRedating(Outbox outbox) {
        this.outbox = outbox;
    }

    /** How many obligations moved; call it inside the amendment's transaction. */
    public Uni<Integer> redate(String regulationId, String kind, LocalDate to, int version, String reason,
            LocalDate today) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(REDATE)
                .setParameter("regulation", regulationId)
                .setParameter("to", to)
                .setParameter("version", version)
                .setParameter("today", today)
                .setParameter("kind", kind)
                .setParameter("reason", reason)
                .setParameter("topic", Topics.REGULATION)
                .setParameter("type", EventTypes.DEADLINE_CHANGED)
                .setParameter("source", outbox.source())
                .executeUpdate());
    }

    /** The obligation of this kind admitted latest after {@code to}: moving it there would be due before admission. */
    public Uni<Obligation> admittedAfter(String regulationId, String kind, LocalDate to) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                from Obligation o where o.regulationId = :regulation and o.kind = :kind and o.admittedOn > :to
                order by o.admittedOn desc, o.regionCode""", Obligation.class)
                .setParameter("regulation", regulationId)
                .setParameter("kind", kind)
                .setParameter("to", to)
                .setMaxResults(1)
                .getSingleResultOrNull());
    }

    public Uni<List<Affected>> wouldMove(String regulationId, String kind, LocalDate to, LocalDate today) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                select o.id, o.regionCode, o.dueDate, o.status from Obligation o
                where o.regulationId = :regulation and o.kind = :kind and o.dueDate <> :to
                order by o.regionCode""", Object[].class)
                .setParameter("regulation", regulationId)
                .setParameter("kind", kind)
                .setParameter("to", to)
                .getResultList())
                .map(rows -> rows.stream().map(row -> affected(row, kind, to, today)).toList());
    }

    private static Affected affected(Object[] row, String kind, LocalDate to, LocalDate today) {
        ObligationStatus status = (ObligationStatus) row[3];
        return new Affected(row[0].toString(), (String) row[1], kind, (LocalDate) row[2], to, status,
                status.afterMoveTo(to, today));
    }
}
