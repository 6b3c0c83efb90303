package nl.sto.regions.domain;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<GrantAward, String> {

    public Uni<List<GrantAward>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by year", regionCode);
    }

    public Uni<List<GrantAward>> ofRegions(Collection<String> regionCodes) {
        return list("regionCode in ?1", regionCodes);
    }

    public Uni<GrantAward> of(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2", regionCode, year).firstResult();
    }
}
