package nl.sto.reports.obligations;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
 * of their dates and one {@code obligation.created} event each, as one JSON array of rows per table, so that a
 * regulation published for ten thousand regions is a handful of statements in the publishing transaction. The rows
 * and the events are made in Java from the same derived obligations.
 */
@ApplicationScoped
public class ObligationWriter {

    /** What was written: how many regions joined, and the obligations they now owe. */
    public record Written(int regions, List<Obligation> obligations) {
    }

    // The rows go in as text (see common's Outbox.addAll): a json-typed parameter would be one JSON string.
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

    private final Outbox outbox;
    private final ObjectMapper json;

    public ObligationWriter(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Call it inside the caller's transaction; {@code owed} per participant, in the participants' order. */
    public Uni<Written> write(Regulation regulation, Map<Participant, List<Derived>> owed, OffsetDateTime now) {
        List<Map<String, Object>> participations = new ArrayList<>();
        List<Map<String, Object>> obligations = new ArrayList<>();
        List<Map<String, Object>> history = new ArrayList<>();
        List<Outbox.Keyed> events = new ArrayList<>();
        List<Obligation> created = new ArrayList<>();
        owed.forEach((participant, derived) -> {
            participations.add(row("region_code", participant.regionCode(), "grant_decided_on",
                    participant.grantDecidedOn()));
            for (Derived d : derived) {
                Obligation o = obligation(regulation, participant, d, now);
                created.add(o);
                obligations.add(row("id", o.id, "region_code", o.regionCode, "kind", o.kind, "occurrence",
                        o.occurrence, "due_date", o.dueDate, "version", o.version, "admitted_on", o.admittedOn));
                for (Move move : d.moves()) {
                    history.add(row("ord", history.size(), "obligation_id", o.id, "from_date", move.from(),
                            "to_date", move.to(), "version", move.by().number, "reason", move.by().legalReference));
                }
                events.add(new Outbox.Keyed(o.regionCode, new ObligationCreated(o.id.toString(), o.regionCode,
                        regulation.id, o.kind, d.kind().names(), d.kind().report, o.dueDate, d.setBy().number,
                        d.setBy().legalReference)));
            }
        });
        Map<String, Object> ofRegulation = Map.of("regulation", regulation.id, "now", now);
        return insert(PARTICIPATIONS, participations, ofRegulation)
                .chain(() -> insert(OBLIGATIONS, obligations, ofRegulation))
                .chain(() -> insert(HISTORY, history, Map.of("now", now)))
                .chain(() -> outbox.addAll(Topics.REGULATION, EventTypes.OBLIGATION_CREATED, events))
                .replaceWith(new Written(participations.size(), created));
    }

    private Uni<Integer> insert(String sql, List<Map<String, Object>> rows, Map<String, Object> parameters) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String body = rowsJson(rows);
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql).setParameter("rows", body);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
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

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private String rowsJson(List<Map<String, Object>> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Obligation rows cannot be written as JSON", e);
        }
    }
}
