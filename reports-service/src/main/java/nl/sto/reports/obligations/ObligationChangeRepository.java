package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The history of due dates; every list is in the order the moves happened. */
@ApplicationScoped
public class ObligationChangeRepository implements PanacheRepositoryBase<ObligationChange, Long> {

    public Uni<List<ObligationChange>> of(UUID obligationId) {
        return list("obligationId = ?1 order by seq", obligationId);
    }

    public Uni<List<ObligationChange>> ofRegion(String regionCode) {
        return list("obligationId in (select o.id from Obligation o where o.regionCode = ?1) order by seq",
                regionCode);
    }

    public Uni<List<ObligationChange>> ofObligationsWith(Collection<ObligationStatus> statuses) {
        return list("obligationId in (select o.id from Obligation o where o.status in ?1) order by seq", statuses);
    }
}
