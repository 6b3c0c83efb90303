package nl.sto.reports.intake;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportAuditRepository implements PanacheRepositoryBase<ReportAuditEntry, Long> {

    /** The report's history, oldest first. */
    public Uni<List<ReportAuditEntry>> ofReport(UUID reportId) {
        return list("reportId = ?1 order by id", reportId);
    }
}
