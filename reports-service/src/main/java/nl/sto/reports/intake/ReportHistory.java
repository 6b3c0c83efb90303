package nl.sto.reports.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.security.Caller;

/** Writes a report's audit trail; called inside the transaction of the step it records. */
@ApplicationScoped
public class ReportHistory {

    static final String SECTION_SAVED = "section.saved";

    /**
     * How long one person's saves of one section count as one stretch of editing: the page saves a section every few
     * seconds while it is typed, and an entry per save would bury the steps that matter under hundreds of lines.
     */
    static final Duration EDITING_STRETCH = Duration.ofMinutes(10);

    private final ReportAuditRepository audit;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportHistory(ReportAuditRepository audit, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records that a section was saved, unless the same person saved the same section of the same version as the
     * report's last step, less than {@link #EDITING_STRETCH} ago: then that entry already says so (the section itself
     * keeps who saved it last, and when).
     */
    public Uni<Void> recordSectionSaved(Caller actor, Report report, int version, String section, int revision) {
        return audit.lastOfReport(report.id).flatMap(last -> continuesEditing(last, actor, version, section)
                ? Uni.createFrom().voidItem()
                : record(actor, report, version, SECTION_SAVED, Map.of("section", section, "revision", revision)));
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

    private boolean continuesEditing(ReportAuditEntry last, Caller actor, int version, String section) {
        return last != null && SECTION_SAVED.equals(last.action) && last.version == version
                && last.actorSubject.equals(actor.subject())
                && last.at.isAfter(OffsetDateTime.now(clock).minus(EDITING_STRETCH))
                && section.equals(read(last.detail).path("section").asText());
    }

    private JsonNode read(String detail) {
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry's detail is not JSON", e);
        }
    }

    private String write(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }
}
