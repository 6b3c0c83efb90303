package nl.sto.reports.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;

@ApplicationScoped
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersion, UUID> {

    public Uni<ReportVersion> get(UUID reportId, int number) {
        return find("reportId = ?1 and number = ?2", reportId, number).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("The report has no version " + number));
    }

    public Uni<ReportVersion> current(Report report) {
        return get(report.id, report.currentVersion);
    }

    /** The current version, if it is still a draft: a submitted version is immutable (409). */
    public Uni<ReportVersion> currentDraft(Report report) {
        return current(report).invoke(current -> {
            if (current.status != ReportStatus.DRAFT) {
                throw ProblemException.stateConflict(ProblemCode.NOT_A_DRAFT, Map.of("version",
                        String.valueOf(current.number), "status", current.status.name()), "Version " + current.number
                        + " of this report is "
                        + current.status.name().toLowerCase() + " and can no longer be changed"
                        + (current.status == ReportStatus.RETURNED ? "; start a revision to change it" : ""));
            }
        });
    }

    public Uni<List<ReportVersion>> ofReport(UUID reportId) {
        return list("reportId = ?1 order by number", reportId);
    }

    /** The latest version with a reviewer's decision: what a revising region answers to. */
    public Uni<ReportVersion> lastReviewed(UUID reportId) {
        return find("reportId = ?1 and reviewedAt is not null order by number desc", reportId).firstResult();
    }
}
