package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    public Uni<List<Obligation>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by dueDate, regulationId, kind, occurrence", regionCode);
    }

    /**
     * The region's last milestone (an obligation without a report, such as the end of the spending period) under the
     * regulation, or null if the regulation sets none.
     */
    public Uni<Obligation> lastMilestone(String regionCode, String regulationId) {
        return find("""
                regionCode = ?1 and regulationId = ?2 and kind in (select k.code from KindDefinition k
                    where k.regulationId = ?2 and k.report = false)
                order by dueDate desc""", regionCode, regulationId).firstResult();
    }

    public Uni<List<Obligation>> withStatus(Collection<ObligationStatus> statuses) {
        return list("status in ?1 order by dueDate, regionCode, kind", statuses);
    }
}
