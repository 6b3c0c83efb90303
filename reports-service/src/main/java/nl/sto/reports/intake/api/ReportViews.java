package nl.sto.reports.intake.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.contracts.regulation.Names;
import nl.sto.reports.intake.Attachment;
import nl.sto.reports.intake.ReportAuditEntry;
import nl.sto.reports.intake.ReportReader.ReportDetails;
import nl.sto.reports.intake.ReportReader.ReportSummary;
import nl.sto.reports.intake.ReportReader.VersionDetails;
import nl.sto.reports.intake.ReportSection;
import nl.sto.reports.intake.ReportStatus;
import nl.sto.reports.intake.VersionChanges;
import nl.sto.reports.intake.ReportVersion;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionContent;
import nl.sto.reports.sections.SectionType;

/** The JSON shapes of reports, and how the domain maps onto them. */
@ApplicationScoped
public class ReportViews {

    /**
     * {@code kind}: the code of the regulation's obligation kind, {@code kindName} its name; {@code allowed}: what the
     * caller may do with the report now.
     */
    public record ReportView(UUID id, String region, UUID obligationId, String regulationId, String kind,
            Names kindName, LocalDate dueDate, ReportStatus status, VersionView current, ReviewView lastReview,
            List<VersionSummary> versions, Allowed allowed) {
    }

    /**
     * What the caller may do with a report now ({@link ReportAccess#allowed}): save sections and attachments of the
     * draft, submit it, start a new version of a returned report, accept or return the submitted version.
     */
    public record Allowed(boolean edit, boolean submit, boolean revise, boolean review) {
    }

    /** {@code revision} is the draft's ETag: send it back as If-Match when saving a section. */
    public record VersionView(int number, ReportStatus status, Integer basedOn, int revision,
            List<SectionView> sections, List<AttachmentView> attachments, ReceiptView receipt, ReviewView review) {
    }

    /** {@code shape} decides the section's form; {@code title} is its name in the report's regulation. */
    public record SectionView(String section, SectionType.Shape shape, Names title, boolean required, boolean filled,
            SectionContent content, OffsetDateTime updatedAt, String updatedBy) {
    }

    /**
     * What changed in version {@code number} since {@code comparedWith}, the version it was based on: per section
     * {@code change} (ADDED, REMOVED, CHANGED, UNCHANGED) with its content before and after; attachments added and
     * removed.
     */
    public record VersionChangesView(int number, int comparedWith, List<SectionChangeView> sections,
            List<AttachmentView> added, List<AttachmentView> removed) {
    }

    public record SectionChangeView(String section, Names title, VersionChanges.Change change, SectionContent before,
            SectionContent after) {
    }

    public static VersionChangesView changes(VersionChanges changes) {
        return new VersionChangesView(changes.number(), changes.comparedWith(), changes.sections().stream()
                .map(c -> new SectionChangeView(c.section().key(), c.section().title(), c.change(), c.before(),
                        c.after()))
                .toList(),
                changes.added().stream().map(ReportViews::attachment).toList(),
                changes.removed().stream().map(ReportViews::attachment).toList());
    }

    public record AttachmentView(UUID id, String filename, String mediaType, long size, String sha256,
            OffsetDateTime uploadedAt, String uploadedBy) {
    }

    public record ReceiptView(UUID reportId, int version, String reference, OffsetDateTime submittedAt,
            String submittedBy, String checksum, boolean late) {
    }

    public record ReviewView(int version, ReportStatus decision, OffsetDateTime reviewedAt, String reviewedBy,
            String summary, Map<String, String> comments) {
    }

    public record VersionSummary(int number, ReportStatus status, Integer basedOn, OffsetDateTime submittedAt,
            String receipt, Boolean late, OffsetDateTime reviewedAt) {
    }

    /** One report in a list; {@code reviewedAt} and {@code reviewedBy} are those of its latest version, if reviewed. */
    public record ReportSummaryView(UUID id, String region, UUID obligationId, String regulationId, String kind,
            Names kindName, LocalDate dueDate, ReportStatus status, int version, OffsetDateTime submittedAt,
            String receipt, Boolean late, OffsetDateTime reviewedAt, String reviewedBy) {
    }

    /** Where a draft stands after a change; the same revision is in the ETag header. */
    public record DraftRevision(UUID reportId, int version, int revision) {
    }

    public record AuditView(OffsetDateTime at, int version, String actor, String actorName, String audience,
            String action, String detail) {
    }

    private static final TypeReference<Map<String, String>> COMMENTS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public ReportViews(ObjectMapper json) {
        this.json = json;
    }

    /** The report as the caller, acting as {@code role} in its region, sees it. */
    public ReportView report(ReportDetails details, RegionRole role) {
        var report = details.report();
        return new ReportView(report.id, report.regionCode, report.obligationId, report.regulationId, report.kind,
                details.kind().names(), details.obligation().dueDate, report.status,
                version(details.current(), details.kind().reportSections(), report.id),
                review(details.lastReviewed()), details.versions().stream().map(ReportViews::summary).toList(),
                ReportAccess.allowed(role, report.status));
    }

    public VersionView version(VersionDetails details, ReportSections layout, UUID reportId) {
        ReportVersion v = details.version();
        List<SectionView> sections = layout.sections().stream().map(section -> {
            ReportSection stored = details.stored().get(section.key());
            return new SectionView(section.key(), section.type().shape(), section.title(), section.required(),
                    stored != null, details.content().get(section.key()),
                    stored == null ? null : stored.updatedAt, stored == null ? null : stored.updatedBy);
        }).toList();
        return new VersionView(v.number, v.status, v.basedOn, v.revision, sections,
                details.attachments().stream().map(ReportViews::attachment).toList(),
                v.receipt == null ? null : receipt(reportId, v), review(v));
    }

    public static ReceiptView receipt(UUID reportId, ReportVersion v) {
        return new ReceiptView(reportId, v.number, v.receipt, v.submittedAt, v.submittedBy, v.checksum,
                Boolean.TRUE.equals(v.late));
    }

    public ReviewView review(ReportVersion v) {
        if (v == null || v.reviewedAt == null) {
            return null;
        }
        return new ReviewView(v.number, v.status, v.reviewedAt, v.reviewedBy, v.reviewSummary, comments(v));
    }

    public static AttachmentView attachment(Attachment a) {
        return new AttachmentView(a.id, a.filename, a.mediaType, a.size, a.sha256, a.uploadedAt, a.uploadedBy);
    }

    public static ReportSummaryView summary(ReportSummary s) {
        var r = s.report();
        return new ReportSummaryView(r.id, r.regionCode, r.obligationId, r.regulationId, r.kind, s.kind().names(),
                s.obligation().dueDate, r.status,
                r.currentVersion, s.latest().submittedAt, s.latest().receipt, s.latest().late, s.latest().reviewedAt,
                s.latest().reviewedBy);
    }

    public static AuditView audit(ReportAuditEntry e) {
        return new AuditView(e.at, e.version, e.actorSubject, e.actorName, e.actorAudience, e.action, e.detail);
    }

    private static VersionSummary summary(ReportVersion v) {
        return new VersionSummary(v.number, v.status, v.basedOn, v.submittedAt, v.receipt, v.late, v.reviewedAt);
    }

    private Map<String, String> comments(ReportVersion v) {
        if (v.reviewComments == null) {
            return Map.of();
        }
        try {
            return json.readValue(v.reviewComments, COMMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored review comments of version " + v.id + " are not readable", e);
        }
    }
}
