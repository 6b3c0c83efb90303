package nl.sto.reports.regulation;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegulationRepository implements PanacheRepositoryBase<Regulation, String> {

    public Uni<List<Regulation>> all() {
        return list("order by periodFrom desc, id");
    }

    public Uni<List<Regulation>> published() {
        return list("status = ?1 order by periodFrom, id", RegulationStatus.PUBLISHED);
    }

    public Uni<Long> countWithReference(String legalReference) {
        return count("legalReference", legalReference);
    }
}
