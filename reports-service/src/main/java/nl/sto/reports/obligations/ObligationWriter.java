package nl.sto.reports.obligations;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;
import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.obligations.ObligationSchedule.Move;
import nl.sto.reports.obligations.ObligationSchedule.Participant;
import nl.sto.reports.regulation.Regulation;

/**
 * Writes what regions taking part in a regulation owe, set-based: the participations, the obligations, the history
 * of their dates and one {@code obligation.created} event each, as JSON arrays of rows ({@link JsonRows}), so that a
 * regulation published for ten thousand regions is a few dozen statements in the publishing transaction. The rows
 * and the events are made in Java from the same derived obligations.
 */
@ApplicationScoped
public class ObligationWriter {

    /** What was written: how many regions joined, and the obligations they now owe. */
    public record Written(int regions, List<Obligation> obligations) {
    }

    private static final String PARTICIPATIONS = """
            INSERT INTO participation (regulation_id, region_code, grant_decided_on, joined_at)
            SELECT CAST(:regulation AS varchar), r.region_code, r.grant_decided_on, CAST(:now AS timestamptz)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(region_code text, grant_decided_on date)""";

    private static final String OBLIGATIONS = """
            INSERT INTO obligation (id, region_code, regulation_id, kind, occurrence, due_date, status, version,
                                    created_at, admitted_on)
            SELECT r.id, r.region_code, CAST(:regulation AS varchar), r.kind, r.occurrence, r.due_date, 'OPEN',
                   r.version, CAST(:now AS timestamptz), r.admitted_on
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(id uuid, region_code text, kind text, occurrence smallint, due_date date, version integer,
                     admitted_on date)""";

    private static final String HISTORY = """
            INSERT INTO obligation_change (obligation_id, from_date, to_date, version, reason, changed_at)
            SELECT r.obligation_id, r.from_date, r.to_date, r.version, r.reason, CAST(:now AS timestamptz)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json))
                AS r(ord integer, obligation_id uuid, from_date date, to_date date, version integer, reason text)
            ORDER BY r.ord""";

    /** One move of a new obligation's date, for its history. */
    private record HistoryRow(UUID obligationId, Move move) {
    }

    private final Outbox outbox;
    private final JsonRows rows;

    public ObligationWriter(Outbox outbox, JsonRows rows) {
        this.outbox = outbox;
        this.rows = rows;
    }

    /** Call it inside the caller's transaction; {@code owed} per participant, in the participants' order. */
    public Uni<Written> write(Regulation regulation, Map<Participant, List<Derived>> owed, OffsetDateTime now) {
        List<Obligation> created = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        List<Outbox.Keyed> events = new ArrayList<>();
        owed.forEach((participant, derived) -> {
            for (Derived d : derived) {
                Obligation o = obligation(regulation, participant, d, now);
                created.add(o);
                d.moves().forEach(move -> history.add(new HistoryRow(o.id, move)));
                events.add(new Outbox.Keyed(o.regionCode, new ObligationCreated(o.id.toString(), o.regionCode,
                        regulation.id, o.kind, d.kind().names(), d.kind().report, o.dueDate, d.setBy().number,
                        d.setBy().legalReference)));
            }
        });
        List<Participant> participants = List.copyOf(owed.keySet());
        Map<String, Object> ofRegulation = Map.of("regulation", regulation.id, "now", now);
        return rows.insert(PARTICIPATIONS, participants, ObligationWriter::participationRow, ofRegulation)
                .chain(() -> rows.insert(OBLIGATIONS, created, ObligationWriter::obligationRow, ofRegulation))
                .chain(() -> rows.insert(HISTORY, history, ObligationWriter::historyRow, Map.of("now", now)))
                .chain(() -> outbox.addAll(Topics.REGULATION, EventTypes.OBLIGATION_CREATED, events))
                .replaceWith(new Written(participants.size(), created));
    }

    private static Map<String, Object> participationRow(Participant p) {
        return Map.of("region_code", p.regionCode(), "grant_decided_on", p.grantDecidedOn());
    }

    private static Map<String, Object> obligationRow(Obligation o) {
        return Map.of("id", o.id, "region_code", o.regionCode, "kind", o.kind, "occurrence", o.occurrence,
                "due_date", o.dueDate, "version", o.version, "admitted_on", o.admittedOn);
    }

    private static Map<String, Object> historyRow(HistoryRow h) {
        return Map.of("obligation_id", h.obligationId(), "from_date", h.move().from(), "to_date", h.move().to(),
                "version", h.move().by().number, "reason", h.move().by().legalReference);
    }

    private static Obligation obligation(Regulation regulation, Participant participant, Derived derived,
            OffsetDateTime now) {
        Obligation obligation = new Obligation();
        obligation.id = UUID.randomUUID();
        obligation.regionCode = participant.regionCode();
        obligation.regulationId = regulation.id;
        obligation.kind = derived.kind().code;
        obligation.occurrence = derived.occurrence();
        obligation.admittedOn = participant.admittedOn();
        obligation.dueDate = derived.dueDate();
        obligation.version = derived.setBy().number;
        obligation.status = ObligationStatus.OPEN;
        obligation.createdAt = now;
        return obligation;
    }
}
