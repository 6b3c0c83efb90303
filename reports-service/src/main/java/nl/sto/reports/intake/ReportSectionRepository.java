package nl.sto.reports.intake;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportSectionRepository implements PanacheRepositoryBase<ReportSection, UUID> {

    public Uni<List<ReportSection>> ofVersion(UUID versionId) {
        return list("versionId", versionId);
    }

    public Uni<ReportSection> of(UUID versionId, String section) {
        return find("versionId = ?1 and section = ?2", versionId, section).firstResult();
    }
}
