package nl.sto.regions.domain;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, String> {

    public Uni<List<Membership>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by role, name, joinedOn", regionCode);
    }

    public Uni<List<Membership>> ofRegions(Collection<String> regionCodes) {
        return list("regionCode in ?1", regionCodes);
    }

    public Uni<Membership> openOf(String regionCode, String identifier) {
        return find("regionCode = ?1 and identifier = ?2 and leftOn is null", regionCode, identifier).firstResult();
    }

    public Uni<Membership> openLead(String regionCode) {
        return find("regionCode = ?1 and role = 'lead' and leftOn is null", regionCode).firstResult();
    }
}
