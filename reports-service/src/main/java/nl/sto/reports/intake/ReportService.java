package nl.sto.reports.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.rest.ETags;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.reports.ReportDraftStarted;
import nl.sto.contracts.reports.ReportSubmitted;
import nl.sto.reports.obligations.Obligation;
import nl.sto.reports.obligations.ObligationRepository;
import nl.sto.reports.obligations.ObligationStatus;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionContent;
import nl.sto.reports.sections.SectionType;

/**
 * The region's side of a report: start the draft, edit its sections, submit it (the lead), and start a revision of
 * a returned version. Every change locks the report first, so concurrent writers of one report take turns.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportSectionRepository sections;
    private final AttachmentRepository attachments;
    private final ObligationRepository obligations;
    private final ReportReader reader;
    private final SectionJson sectionJson;
    private final Receipts receipts;
    private final Outbox outbox;
    private final ReportHistory history;
    private final Clock clock;

    public ReportService(ReportRepository reports, ReportVersionRepository versions, ReportSectionRepository sections,
            AttachmentRepository attachments, ObligationRepository obligations, ReportReader reader,
            SectionJson sectionJson, Receipts receipts, Outbox outbox, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.sections = sections;
        this.attachments = attachments;
        this.obligations = obligations;
        this.reader = reader;
        this.sectionJson = sectionJson;
        this.receipts = receipts;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    /** Starts the report of an obligation with an empty first draft; an obligation has one report at most. */
    @WithTransaction
    public Uni<ReportReader.ReportDetails> start(Caller actor, String regionCode, UUID obligationId) {
        return lockObligation(regionCode, obligationId)
                .call(obligation -> reports.ofObligation(obligationId).invoke(existing -> {
                    if (existing != null) {
                        throw ProblemException.stateConflict(ProblemCode.ALREADY_STARTED, Map.of(),
                                "The report for this obligation was started already: "
                                + existing.id);
                    }
                }))
                .flatMap(obligation -> kinds(obligation).flatMap(kind -> createReport(actor, obligation, kind)))
                .call(started -> outbox.add(Topics.REPORTS, EventTypes.REPORT_DRAFT_STARTED, regionCode,
                        new ReportDraftStarted(started.report().id.toString(), regionCode, obligationId.toString(),
                                started.report().regulationId, started.report().kind, actor.subject())))
                .call(started -> history.record(actor, started.report(), 1, "draft.started",
                        Map.of("obligationId", obligationId, "kind", started.report().kind)));
    }

    /** Saves one section of the draft, if the editor edited the draft's current revision (If-Match). */
    @WithTransaction
    public Uni<ReportVersion> saveSection(Caller actor, String regionCode, UUID reportId, String sectionKey,
            String ifMatch, byte[] body) {
        return reports.lock(regionCode, reportId).flatMap(report -> reader.kindOf(report).flatMap(kind -> {
            ReportSections.Section section = sectionOf(kind, sectionKey);
            return versions.currentDraft(report)
                    .invoke(draft -> ETags.requireCurrent(ifMatch, draft.revision, "this draft"))
                    .call(draft -> validated(report, section, sectionJson.parse(section, body))
                            .flatMap(content -> store(actor, draft, section, content)))
                    .invoke(draft -> draft.revision++)
                    .call(draft -> history.recordSectionSaved(actor, report, draft.number, section.key(),
                            draft.revision));
        }));
    }

    /**
     * Submits the draft: every required section filled, spending within the spending period; the version becomes
     * immutable and gets its receipt, and the obligation counts as submitted (late when after its due date).
     */
    @WithTransaction
    public Uni<ReportVersion> submit(Caller actor, String regionCode, UUID reportId) {
        return reports.lock(regionCode, reportId).flatMap(report -> reader.kindOf(report)
                .flatMap(kind -> versions.currentDraft(report).flatMap(draft -> submitDraft(actor, report, kind,
                        draft))));
    }

    /** Starts revising a returned version: a new draft with the same sections and attachments. */
    @WithTransaction
    public Uni<ReportVersion> revise(Caller actor, String regionCode, UUID reportId) {
        return reports.lock(regionCode, reportId).flatMap(report -> {
            if (report.status != ReportStatus.RETURNED) {
                throw ProblemException.stateConflict(ProblemCode.NOT_RETURNED, Map.of("status",
                        report.status.name()), "Only a returned report can be revised; this one is "
                        + report.status);
            }
            return versions.current(report)
                    .flatMap(returned -> newVersion(actor, report, returned.number + 1, returned.number)
                            .call(revision -> copyContent(returned, revision)))
                    .invoke(revision -> {
                        report.currentVersion = revision.number;
                        report.status = ReportStatus.DRAFT;
                    })
                    .call(revision -> history.record(actor, report, revision.number, "revision.started",
                            Map.of("basedOn", revision.basedOn)));
        });
    }

    /** Every section of a version, typed, by key. */
    public Uni<Map<String, SectionContent>> contentOf(ReportVersion version, KindDefinition kind) {
        ReportSections layout = kind.reportSections();
        return sections.ofVersion(version.id).map(stored -> {
            Map<String, SectionContent> content = new LinkedHashMap<>();
            stored.forEach(s -> content.put(s.section, sectionJson.read(s, layout)));
            return content;
        });
    }

    private Uni<Obligation> lockObligation(String regionCode, UUID obligationId) {
        return obligations.find("id = ?1 and regionCode = ?2", obligationId, regionCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Region " + regionCode
                        + " has no obligation " + obligationId))
;
    }

    /** The kind of the obligation; a milestone (such as the end of the spending period) has no report. */
    private Uni<KindDefinition> kinds(Obligation obligation) {
        return reader.kindOf(obligation.regulationId, obligation.kind).invoke(kind -> {
            if (!kind.report) {
                throw ProblemException.badRequest("obligationId", "is a milestone (" + kind.nameEn
                        + "), for which no report is written");
            }
        });
    }

    private Uni<ReportReader.ReportDetails> createReport(Caller actor, Obligation obligation, KindDefinition kind) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.obligationId = obligation.id;
        report.regionCode = obligation.regionCode;
        report.regulationId = obligation.regulationId;
        report.kind = obligation.kind;
        report.status = ReportStatus.DRAFT;
        report.currentVersion = 1;
        report.startedAt = OffsetDateTime.now(clock);
        report.startedBy = actor.name();
        return reports.persist(report).flatMap(saved -> newVersion(actor, saved, 1, null))
                .map(draft -> ReportReader.ReportDetails.firstDraft(report, obligation, kind, draft));
    }

    private Uni<ReportVersion> newVersion(Caller actor, Report report, int number, Integer basedOn) {
        ReportVersion version = new ReportVersion();
        version.id = UUID.randomUUID();
        version.reportId = report.id;
        version.number = number;
        version.basedOn = basedOn;
        version.status = ReportStatus.DRAFT;
        version.revision = 0;
        version.startedAt = OffsetDateTime.now(clock);
        version.startedBy = actor.name();
        return versions.persist(version);
    }

    private Uni<Void> copyContent(ReportVersion from, ReportVersion to) {
        return sections.ofVersion(from.id)
                .flatMap(stored -> persistAll(stored.stream().map(s -> copy(s, to)).toList()))
                .chain(() -> attachments.ofVersion(from.id))
                .flatMap(files -> persistAll(files.stream().map(a -> copy(a, to)).toList()));
    }

    private static Uni<Void> persistAll(List<? extends PanacheEntityBase> entities) {
        return entities.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(entities);
    }

    private static ReportSection copy(ReportSection section, ReportVersion to) {
        ReportSection copy = new ReportSection();
        copy.id = UUID.randomUUID();
        copy.versionId = to.id;
        copy.section = section.section;
        copy.content = section.content;
        copy.updatedAt = section.updatedAt;
        copy.updatedBy = section.updatedBy;
        return copy;
    }

    /** The same file in the new version; the bytes are shared by checksum, not copied. */
    private static Attachment copy(Attachment attachment, ReportVersion to) {
        Attachment copy = new Attachment();
        copy.id = UUID.randomUUID();
        copy.versionId = to.id;
        copy.filename = attachment.filename;
        copy.mediaType = attachment.mediaType;
        copy.size = attachment.size;
        copy.sha256 = attachment.sha256;
        copy.uploadedAt = attachment.uploadedAt;
        copy.uploadedBy = attachment.uploadedBy;
        return copy;
    }

    private static ReportSections.Section sectionOf(KindDefinition kind, String key) {
        ReportSections layout = kind.reportSections();
        return layout.find(key).orElseThrow(() -> ProblemException.badRequest("section", "a " + kind.code
                + " has no section " + key + "; it has " + layout.keys()));
    }

    /** Shape problems are the content's own; spending must also fall in the region's spending period. */
    private Uni<SectionContent> validated(Report report, ReportSections.Section section, SectionContent content) {
        List<FieldError> problems = content.problems();
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (section.type() != SectionType.SPENDING_PER_YEAR) {
            return Uni.createFrom().item(content.normalised());
        }
        return spendingPeriodEnd(report).map(end -> {
            List<FieldError> outside = ReportSections.spendingOutsidePeriod((SectionContent.AmountsPerYear) content,
                    end);
            if (!outside.isEmpty()) {
                throw ProblemException.invalid(outside);
            }
            return content.normalised();
        });
    }

    /**
     * The end of the spending period (exclusive) of the report's regulation: the region's last milestone under it
     * (the end of the spending period), or the day after the regulation's period if it sets none.
     */
    private Uni<LocalDate> spendingPeriodEnd(Report report) {
        return obligations.lastMilestone(report.regionCode, report.regulationId).flatMap(milestone -> milestone != null
                ? Uni.createFrom().item(milestone.dueDate)
                : Regulation.<Regulation>findById(report.regulationId).map(r -> r.periodTo.plusDays(1)));
    }

    private Uni<Void> store(Caller actor, ReportVersion draft, ReportSections.Section section,
            SectionContent content) {
        return sections.of(draft.id, section.key()).flatMap(existing -> {
            ReportSection stored = existing != null ? existing : new ReportSection();
            if (existing == null) {
                stored.id = UUID.randomUUID();
                stored.versionId = draft.id;
                stored.section = section.key();
            }
            stored.content = sectionJson.write(content);
            stored.updatedAt = OffsetDateTime.now(clock);
            stored.updatedBy = actor.name();
            return sections.persist(stored).replaceWithVoid();
        });
    }

    private Uni<ReportVersion> submitDraft(Caller actor, Report report, KindDefinition kind, ReportVersion draft) {
        return contentOf(draft, kind).flatMap(content -> checkComplete(report, kind, content)
                .flatMap(obligation -> checksum(draft, content)
                        .map(checksum -> receipt(actor, report, kind, draft, obligation, checksum))
                        .call(submitted -> announceSubmission(actor, report, submitted, obligation))));
    }

    /** 422 listing every missing section, and spending outside the period (a deadline may have moved since). */
    private Uni<Obligation> checkComplete(Report report, KindDefinition kind, Map<String, SectionContent> content) {
        return spendingProblems(report, kind, content).flatMap(spending -> {
            List<FieldError> problems = new ArrayList<>(kind.reportSections().missing(content.keySet()));
            problems.addAll(spending);
            if (!problems.isEmpty()) {
                throw ProblemException.unprocessable("The report cannot be submitted yet: " + problems.size()
                        + " section(s) missing or invalid", problems);
            }
            return obligations.findById(report.obligationId, LockModeType.PESSIMISTIC_WRITE);
        });
    }

    private Uni<List<FieldError>> spendingProblems(Report report, KindDefinition kind,
            Map<String, SectionContent> content) {
        String key = SectionType.SPENDING_PER_YEAR.key();
        if (!kind.reportSections().has(key)
                || !(content.get(key) instanceof SectionContent.AmountsPerYear spending)) {
            return Uni.createFrom().item(List.of());
        }
        String prefix = "sections." + key + ".";
        return spendingPeriodEnd(report).map(end -> ReportSections.spendingOutsidePeriod(spending, end)
                .stream().map(e -> e.on(prefix + e.field())).toList());
    }

    private Uni<String> checksum(ReportVersion version, Map<String, SectionContent> content) {
        return attachments.ofVersion(version.id)
                .map(files -> receipts.checksum(content, files.stream().map(a -> a.sha256).toList()));
    }

    private ReportVersion receipt(Caller actor, Report report, KindDefinition kind, ReportVersion draft,
            Obligation obligation, String checksum) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        draft.status = ReportStatus.SUBMITTED;
        draft.submittedAt = now;
        draft.submittedBy = actor.name();
        draft.receipt = Receipts.reference(report.regionCode, kind.abbreviation, obligation.occurrence, draft.number);
        draft.checksum = checksum;
        // Deadlines are Dutch calendar days: submitted on the due date itself is on time.
        draft.late = LocalDate.now(clock).isAfter(obligation.dueDate);
        report.status = ReportStatus.SUBMITTED;
        obligation.status = ObligationStatus.SUBMITTED;
        return draft;
    }

    private Uni<Void> announceSubmission(Caller actor, Report report, ReportVersion submitted,
            Obligation obligation) {
        boolean first = submitted.basedOn == null;
        ReportSubmitted event = new ReportSubmitted(report.id.toString(), report.regionCode,
                report.obligationId.toString(), report.regulationId, report.kind, submitted.number, submitted.receipt, submitted.checksum,
                submitted.submittedAt, obligation.dueDate, submitted.late);
        return outbox.add(Topics.REPORTS, first ? EventTypes.REPORT_SUBMITTED : EventTypes.REPORT_RESUBMITTED,
                        report.regionCode, event)
                .call(() -> history.record(actor, report, submitted.number, first ? "report.submitted"
                        : "report.resubmitted", Map.of("receipt", submitted.receipt, "checksum", submitted.checksum,
                        "late", submitted.late)))
                .replaceWithVoid();
    }
}
