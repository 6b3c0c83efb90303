package nl.sto.reports.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.reports.obligations.Obligation;
import nl.sto.reports.obligations.ObligationRepository;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.KindRepository;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionContent;

/** Reads reports with everything a view of them needs, in one session. */
@ApplicationScoped
public class ReportReader {

    /** Entries of a report's audit trail, oldest first, and how many it has in all. */
    public record AuditTrail(List<ReportAuditEntry> entries, long total) {
    }

    /**
     * A report with its obligation and the kind that defines its sections, its latest version, the last review to
     * answer, and all its versions.
     */
    public record ReportDetails(Report report, Obligation obligation, KindDefinition kind, VersionDetails current,
            ReportVersion lastReviewed, List<ReportVersion> versions) {

        /** A report just started: its one draft, empty, and nothing reviewed; known without reading it back. */
        public static ReportDetails firstDraft(Report report, Obligation obligation, KindDefinition kind,
                ReportVersion draft) {
            return new ReportDetails(report, obligation, kind, new VersionDetails(draft, Map.of(), Map.of(),
                    List.of()), null, List.of(draft));
        }
    }

    /** One version with its sections by key (typed, and as stored for who edited them when) and its attachments. */
    public record VersionDetails(ReportVersion version, Map<String, ReportSection> stored,
            Map<String, SectionContent> content, List<Attachment> attachments) {
    }

    /** A report in a list: with its obligation (due date), its kind (name) and latest version (receipt, lateness). */
    public record ReportSummary(Report report, Obligation obligation, KindDefinition kind, ReportVersion latest) {
    }

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportSectionRepository sections;
    private final AttachmentRepository attachments;
    private final ObligationRepository obligations;
    private final KindRepository kinds;
    private final ReportAuditRepository audit;
    private final SectionJson sectionJson;

    public ReportReader(ReportRepository reports, ReportVersionRepository versions, ReportSectionRepository sections,
            AttachmentRepository attachments, ObligationRepository obligations, KindRepository kinds,
            ReportAuditRepository audit, SectionJson sectionJson) {
        this.reports = reports;
        this.versions = versions;
        this.sections = sections;
        this.attachments = attachments;
        this.obligations = obligations;
        this.kinds = kinds;
        this.audit = audit;
        this.sectionJson = sectionJson;
    }

    @WithSession
    public Uni<ReportDetails> one(String regionCode, UUID reportId) {
        return reports.get(regionCode, reportId).flatMap(report -> obligations.findById(report.obligationId)
                .flatMap(obligation -> kindOf(report).flatMap(kind -> versions.current(report)
                        .flatMap(current -> details(current, kind))
                        .flatMap(current -> versions.lastReviewed(report.id)
                                .flatMap(reviewed -> versions.ofReport(report.id).map(all -> new ReportDetails(
                                        report, obligation, kind, current, reviewed, all)))))));
    }

    @WithSession
    public Uni<VersionDetails> version(String regionCode, UUID reportId, int number) {
        return reports.get(regionCode, reportId).flatMap(report -> kindOf(report)
                .flatMap(kind -> versions.get(report.id, number).flatMap(version -> details(version, kind))));
    }

    /** What changed in version {@code number} since the version it was based on; 404 for a first version. */
    @WithSession
    public Uni<VersionChanges> changes(String regionCode, UUID reportId, int number) {
        return reports.get(regionCode, reportId).flatMap(report -> kindOf(report).flatMap(kind ->
                versions.get(report.id, number).flatMap(later -> sinceItsBasis(report, kind, later))));
    }

    private Uni<VersionChanges> sinceItsBasis(Report report, KindDefinition kind, ReportVersion later) {
        if (later.basedOn == null) {
            throw ProblemException.notFound("Version " + later.number + " is the report's first; there is no earlier "
                    + "version to compare it with");
        }
        Uni<VersionDetails> earlier = versions.get(report.id, later.basedOn).flatMap(basis -> details(basis, kind));
        return earlier.flatMap(before -> details(later, kind)
                .map(after -> VersionChanges.between(before, after, kind.reportSections())));
    }

    /** The kind of a report, whose sections it has. */
    public Uni<KindDefinition> kindOf(Report report) {
        return kindOf(report.regulationId, report.kind);
    }

    public Uni<KindDefinition> kindOf(String regulationId, String code) {
        return kinds.get(regulationId, code);
    }

    @WithSession
    public Uni<List<ReportSummary>> ofRegion(String regionCode) {
        return reports.ofRegion(regionCode).flatMap(this::summaries);
    }

    @WithSession
    public Uni<List<ReportSummary>> all(ReportStatus status) {
        return reports.all(status).flatMap(this::summaries);
    }

    /** The report's audit trail, or its {@code latest} entries when given, with the number of entries in all. */
    @WithSession
    public Uni<AuditTrail> audit(String regionCode, UUID reportId, Integer latest) {
        return reports.get(regionCode, reportId).flatMap(report -> latest == null
                ? audit.ofReport(report.id).map(all -> new AuditTrail(all, all.size()))
                : audit.latestOfReport(report.id, latest).flatMap(entries -> audit.count("reportId", report.id)
                        .map(total -> new AuditTrail(entries, total))));
    }

    private Uni<VersionDetails> details(ReportVersion version, KindDefinition kind) {
        ReportSections layout = kind.reportSections();
        return sections.ofVersion(version.id).flatMap(stored -> attachments.ofVersion(version.id).map(files -> {
            Map<String, ReportSection> bySection = stored.stream()
                    .collect(Collectors.toMap(s -> s.section, Function.identity()));
            Map<String, SectionContent> content = stored.stream()
                    .collect(Collectors.toMap(s -> s.section, s -> sectionJson.read(s, layout)));
            return new VersionDetails(version, bySection, content, files);
        }));
    }

    private Uni<List<ReportSummary>> summaries(List<Report> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> reportIds = found.stream().map(r -> r.id).toList();
        List<UUID> obligationIds = found.stream().map(r -> r.obligationId).toList();
        Set<String> regulationIds = found.stream().map(r -> r.regulationId).collect(Collectors.toSet());
        return kinds.of(regulationIds).flatMap(defined -> obligations.list("id in ?1", obligationIds)
                .flatMap(owed -> versions.list("reportId in ?1", reportIds).map(all -> {
                    Map<UUID, Obligation> byId = owed.stream().collect(Collectors.toMap(o -> o.id, o -> o));
                    Map<KindDefinition.Key, KindDefinition> byKind = defined.stream().collect(Collectors.toMap(
                            k -> new KindDefinition.Key(k.regulationId, k.code), Function.identity()));
                    return found.stream().map(report -> new ReportSummary(report, byId.get(report.obligationId),
                            byKind.get(new KindDefinition.Key(report.regulationId, report.kind)),
                            all.stream().filter(v -> v.reportId.equals(report.id)
                                    && v.number == report.currentVersion).findFirst().orElseThrow())).toList();
                })));
    }
}
