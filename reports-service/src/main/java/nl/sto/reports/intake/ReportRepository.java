package nl.sto.reports.intake;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.sto.common.problem.ProblemException;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** The region's report; another region's report id is as unknown here as a made-up one. */
    public Uni<Report> get(String regionCode, UUID id) {
        return find("id = ?1 and regionCode = ?2", id, regionCode).firstResult()
                .onItem().ifNull().failWith(() -> notFound(regionCode, id));
    }

    /**
     * The report, locked for the rest of the transaction: every change of a report goes through this, so two
     * writers of one report take turns and the second sees what the first saved.
     */
    public Uni<Report> lock(String regionCode, UUID id) {
        return find("id = ?1 and regionCode = ?2", id, regionCode).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .onItem().ifNull().failWith(() -> notFound(regionCode, id));
    }

    public Uni<Report> ofObligation(UUID obligationId) {
        return find("obligationId", obligationId).firstResult();
    }

    public Uni<List<Report>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by startedAt", regionCode);
    }

    /** Of every region; with a status only those in it (the review queue), oldest first. */
    public Uni<List<Report>> all(ReportStatus status) {
        return status == null ? list("order by regionCode, kind") : list("status = ?1 order by regionCode, kind",
                status);
    }

    private static ProblemException notFound(String regionCode, UUID id) {
        return ProblemException.notFound("Region " + regionCode + " has no report " + id);
    }
}
