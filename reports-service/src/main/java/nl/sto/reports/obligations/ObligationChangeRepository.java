package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObligationChangeRepository implements PanacheRepositoryBase<ObligationChange, Long> {

    /** The history of the given obligations, each obligation's moves in the order they happened. */
    public Uni<List<ObligationChange>> of(Collection<UUID> obligationIds) {
        return list("obligationId in ?1 order by seq", obligationIds);
    }
}
