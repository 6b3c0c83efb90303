package nl.sto.regions.domain;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CofinancingRepository implements PanacheRepositoryBase<CofinancingStatement, String> {

    /** Oldest first: the history as it happened. */
    public Uni<List<CofinancingStatement>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by statedAt, id", regionCode);
    }

    public Uni<List<CofinancingStatement>> ofRegions(Collection<String> regionCodes) {
        return list("regionCode in ?1 order by statedAt, id", regionCodes);
    }

    public Uni<CofinancingStatement> latest(String regionCode, String kvk, int year) {
        return find("regionCode = ?1 and kvk = ?2 and year = ?3 order by statedAt desc, id desc",
                regionCode, kvk, year).firstResult();
    }
}
