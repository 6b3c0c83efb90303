package nl.sto.reports.intake;

import java.util.ArrayList;
import java.util.Collections;
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

    /** The report's latest {@code count} entries, oldest first. */
    public Uni<List<ReportAuditEntry>> latestOfReport(UUID reportId, int count) {
        return find("reportId = ?1 order by id desc", reportId).page(0, count).list().map(newestFirst -> {
            List<ReportAuditEntry> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            return oldestFirst;
        });
    }

    public Uni<ReportAuditEntry> lastOfReport(UUID reportId) {
        return find("reportId = ?1 order by id desc", reportId).firstResult();
    }
}
