package nl.sto.reports.regulation;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class KindRepository implements PanacheRepositoryBase<KindDefinition, KindDefinition.Key> {

    public Uni<List<KindDefinition>> of(String regulationId) {
        return list("regulationId = ?1 order by position", regulationId);
    }

    public Uni<List<KindDefinition>> of(Collection<String> regulationIds) {
        return list("regulationId in ?1 order by regulationId, position", regulationIds);
    }

    public Uni<KindDefinition> get(String regulationId, String code) {
        return findById(new KindDefinition.Key(regulationId, code));
    }

    /** The kind (of any regulation) that already uses this abbreviation, or null. */
    public Uni<KindDefinition> withAbbreviation(String abbreviation) {
        return find("abbreviation", abbreviation).firstResult();
    }
}
