package nl.sto.reports.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.reports.ReportAccepted;
import nl.sto.contracts.reports.ReportReturned;
import nl.sto.reports.obligations.Obligation;
import nl.sto.reports.obligations.ObligationRepository;
import nl.sto.reports.obligations.ObligationStatus;
import nl.sto.reports.sections.ReportSections;

/** The ministry's side: accept a submitted version, or return it with comments per section for the region to revise. */
@ApplicationScoped
public class ReviewService {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ObligationRepository obligations;
    private final Outbox outbox;
    private final ReportHistory history;
    private final ReportReader reader;
    private final ObjectMapper json;
    private final Clock clock;

    public ReviewService(ReportRepository reports, ReportVersionRepository versions, ObligationRepository obligations,
            Outbox outbox, ReportHistory history, ReportReader reader, ObjectMapper json, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.obligations = obligations;
        this.outbox = outbox;
        this.history = history;
        this.reader = reader;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ReportVersion> review(Caller actor, String regionCode, UUID reportId, ReviewDecision decision,
            String summary, Map<String, String> comments) {
        return reports.lock(regionCode, reportId).flatMap(report -> reader.kindOf(report).flatMap(kind -> {
            Map<String, String> checked = checkedComments(kind.reportSections(), decision, comments);
            return versions.current(report)
                    .invoke(ReviewService::requireSubmitted)
                    .flatMap(version -> obligations.findById(report.obligationId, LockModeType.PESSIMISTIC_WRITE)
                            .map(obligation -> decide(actor, report, version, obligation, decision, summary, checked))
                            .call(decided -> announce(actor, report, decided, decision, checked)));
        }));
    }

    private static void requireSubmitted(ReportVersion version) {
        if (version.status != ReportStatus.SUBMITTED) {
            throw ProblemException.stateConflict(ProblemCode.NOT_SUBMITTED, Map.of("version",
                    String.valueOf(version.number), "status", version.status.name()), "Version " + version.number
                    + " is " + version.status.name()
                    .toLowerCase() + "; only a submitted version can be reviewed");
        }
    }

    /** Comments name sections of this kind of report; a return needs at least one, so the region knows what to fix. */
    private static Map<String, String> checkedComments(ReportSections sections, ReviewDecision decision,
            Map<String, String> comments) {
        Map<String, String> given = comments == null ? Map.of() : comments;
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
        given.forEach((key, comment) -> {
            if (!sections.has(key)) {
                problems.add(new FieldError("comments." + key, FieldErrorCode.UNKNOWN_FIELD,
                        "is not a section of this report"));
            } else if (comment == null || comment.isBlank()) {
                problems.add(new FieldError("comments." + key, FieldErrorCode.REQUIRED, "is empty"));
            } else {
                checked.put(key, comment);
            }
        });
        if (decision == ReviewDecision.RETURN && given.isEmpty()) {
            problems.add(new FieldError("comments", FieldErrorCode.COMMENT_NEEDED,
                    "a returned report needs a comment on at least one section"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return checked;
    }

    private ReportVersion decide(Caller actor, Report report, ReportVersion version, Obligation obligation,
            ReviewDecision decision, String summary, Map<String, String> comments) {
        ReportStatus outcome = decision == ReviewDecision.ACCEPT ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        version.status = outcome;
        version.reviewedAt = OffsetDateTime.now(clock);
        version.reviewedBy = actor.name();
        version.reviewSummary = summary;
        version.reviewComments = write(comments);
        report.status = outcome;
        obligation.status = decision == ReviewDecision.ACCEPT ? ObligationStatus.ACCEPTED : ObligationStatus.RETURNED;
        return version;
    }

    private Uni<Void> announce(Caller actor, Report report, ReportVersion version, ReviewDecision decision,
            Map<String, String> comments) {
        List<String> sections = List.copyOf(comments.keySet());
        Uni<?> event = decision == ReviewDecision.ACCEPT
                ? outbox.add(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, report.regionCode, new ReportAccepted(
                        report.id.toString(), report.regionCode, report.obligationId.toString(),
                        report.regulationId, report.kind, version.number))
                : outbox.add(Topics.REPORTS, EventTypes.REPORT_RETURNED, report.regionCode, new ReportReturned(
                        report.id.toString(), report.regionCode, report.obligationId.toString(),
                        report.regulationId, report.kind, version.number, sections));
        return event.chain(() -> history.record(actor, report, version.number,
                decision == ReviewDecision.ACCEPT ? "report.accepted" : "report.returned",
                Map.of("commentedSections", sections)));
    }

    private String write(Map<String, String> comments) {
        try {
            return json.writeValueAsString(comments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Review comments cannot be written as JSON", e);
        }
    }
}
