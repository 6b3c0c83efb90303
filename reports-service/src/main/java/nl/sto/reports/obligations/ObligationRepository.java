package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regulation.ObligationKind;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    public Uni<List<Obligation>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by dueDate, kind", regionCode);
    }

    public Uni<Obligation> of(String regionCode, ObligationKind kind) {
        return find("regionCode = ?1 and kind = ?2", regionCode, kind).firstResult();
    }

    public Uni<List<Obligation>> withStatus(Collection<ObligationStatus> statuses) {
        return list("status in ?1 order by dueDate, regionCode, kind", statuses);
    }
}
