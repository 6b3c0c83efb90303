package nl.sto.reports.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.security.Caller;

/** Writes a report's audit trail; called inside the transaction of the step it records. */
@ApplicationScoped
public class ReportHistory {

    private final ObjectMapper json;
    private final Clock clock;

    public ReportHistory(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> record(Caller actor, Report report, int version, String action, Object detail) {
        ReportAuditEntry entry = new ReportAuditEntry();
        entry.reportId = report.id;
        entry.regionCode = report.regionCode;
        entry.version = version;
        entry.at = OffsetDateTime.now(clock);
        entry.actorSubject = actor.subject();
        entry.actorName = actor.name();
        entry.actorAudience = actor.audience().tenantId();
        entry.action = action;
        entry.detail = write(detail);
        return entry.persist().replaceWithVoid();
    }

    private String write(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }
}
