package nl.sto.notification.reminders;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.sto.common.db.JsonRows;

/**
 * The obligations as reminders track them, written set-based: an amendment moves tens of thousands at once, and a row
 * at a time would keep their reminders waiting for minutes.
 */
@ApplicationScoped
public class ObligationRepository {

    private static final String ADD = """
            INSERT INTO obligation (id, region_code, regulation_id, kind, name_nl, name_en, report, due_date,
                                    deadline_version, legal_reference, state, calendar_sequence, next_step_at)
            SELECT r.id, r.region_code, r.regulation_id, r.kind, r.name_nl, r.name_en, r.report, r.due_date,
                   r.deadline_version, r.legal_reference, r.state, r.calendar_sequence, r.next_step_at
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, region_code text, regulation_id text, kind text, name_nl text,
                     name_en text, report boolean, due_date date, deadline_version integer, legal_reference text,
                     state text, calendar_sequence integer, next_step_at timestamptz)
            ORDER BY r.ord""";

    private static final String REDATE = """
            UPDATE obligation o
            SET due_date = r.due_date, deadline_version = r.deadline_version, legal_reference = r.legal_reference,
                calendar_sequence = r.calendar_sequence, next_step_at = r.next_step_at, moved_from = r.moved_from
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, due_date date, deadline_version integer, legal_reference text,
                     calendar_sequence integer, next_step_at timestamptz, moved_from date)
            WHERE o.id = r.id""";

    private static final String ADVANCE = """
            UPDATE obligation o SET next_step_at = r.next_step_at, moved_from = r.moved_from
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, id uuid, next_step_at timestamptz, moved_from date)
            WHERE o.id = r.id""";

    /** Obligations with a step due, the longest waiting first (through the partial index obligation_next_step). */
    private static final String DUE = """
            SELECT o.region_code FROM obligation o
            WHERE o.next_step_at <= CAST(:now AS timestamptz)
            ORDER BY o.next_step_at
            LIMIT CAST(:limit AS integer)""";

    private final JsonRows rows;

    public ObligationRepository(JsonRows rows) {
        this.rows = rows;
    }

    public Uni<Integer> add(List<TrackedObligation> obligations) {
        return rows.insert(ADD, obligations, ObligationRepository::row, Map.of());
    }

    /**
     * Writes the obligations' new dates, versions, legal references, calendar sequences, next steps and the dates
     * they moved from.
     */
    public Uni<Integer> redate(List<TrackedObligation> obligations) {
        return rows.insert(REDATE, obligations, o -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.id);
            row.put("due_date", o.dueDate);
            row.put("deadline_version", o.deadlineVersion);
            row.put("legal_reference", o.legalReference);
            row.put("calendar_sequence", o.calendarSequence);
            row.put("next_step_at", o.nextStepAt);
            row.put("moved_from", o.movedFrom);
            return row;
        }, Map.of());
    }

    /** Writes when each obligation's next step is due (null: none is to come), and that its move was told. */
    public Uni<Integer> advance(List<TrackedObligation> obligations) {
        return rows.insert(ADVANCE, obligations, o -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.id);
            row.put("next_step_at", o.nextStepAt);
            row.put("moved_from", o.movedFrom);
            return row;
        }, Map.of());
    }

    /** The regions of up to {@code limit} obligations with a step due at {@code now}. */
    public Uni<List<String>> regionsWithStepsDue(OffsetDateTime now, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE, String.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
    }

    /**
     * Up to {@code limit} obligations of these regions with a step due at {@code now}, locked against every other
     * change until the transaction ends; read-only, their next steps are written with {@link #advance}.
     */
    public Uni<List<TrackedObligation>> lockStepsDue(List<String> regionCodes, OffsetDateTime now, int limit) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                from TrackedObligation o where o.regionCode in :regions and o.nextStepAt <= :now
                order by o.nextStepAt, o.id""", TrackedObligation.class)
                .setParameter("regions", regionCodes)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setReadOnly(true)
                .getResultList());
    }

    /**
     * The obligations with these ids, to read and change in memory: what changes is written with {@link #redate}, not
     * one update per obligation when the transaction ends.
     */
    public Uni<List<TrackedObligation>> readOnly(List<UUID> ids) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from TrackedObligation o where o.id in :ids", TrackedObligation.class)
                .setParameter("ids", ids)
                .setReadOnly(true)
                .getResultList());
    }

    private static Map<String, Object> row(TrackedObligation o) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", o.id);
        row.put("region_code", o.regionCode);
        row.put("regulation_id", o.regulationId);
        row.put("kind", o.kind);
        row.put("name_nl", o.nameNl);
        row.put("name_en", o.nameEn);
        row.put("report", o.report);
        row.put("due_date", o.dueDate);
        row.put("deadline_version", o.deadlineVersion);
        row.put("legal_reference", o.legalReference);
        row.put("state", o.state.value());
        row.put("calendar_sequence", o.calendarSequence);
        row.put("next_step_at", o.nextStepAt);
        return row;
    }
}
