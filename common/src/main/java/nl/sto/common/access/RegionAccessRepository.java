package nl.sto.common.access;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regions.PartnerJoined;
import nl.sto.contracts.regions.PartnerLeft;

@ApplicationScoped
public class RegionAccessRepository implements PanacheRepositoryBase<RegionAccessGrant, String> {

    /** Applying the same membership again leaves one row: safe for redelivered events. */
    public Uni<RegionAccessGrant> record(PartnerJoined joined) {
        return findById(joined.membershipId()).flatMap(existing -> {
            RegionAccessGrant grant = existing != null ? existing : new RegionAccessGrant();
            grant.membershipId = joined.membershipId();
            grant.organisationCode = joined.organisationCode();
            grant.regionCode = joined.regionCode();
            grant.role = joined.role();
            grant.joinedOn = joined.joinedOn();
            return persist(grant);
        });
    }

    public Uni<Void> end(PartnerLeft left) {
        return findById(left.membershipId()).flatMap(grant -> {
            if (grant == null) {
                return Uni.createFrom().voidItem();
            }
            grant.leftOn = left.leftOn();
            return persist(grant).replaceWithVoid();
        });
    }

    public Uni<List<RegionAccessGrant>> activeFor(String organisationCode, LocalDate day) {
        return list("""
                organisationCode = ?1 and joinedOn <= ?2 and (leftOn is null or leftOn > ?2)""",
                organisationCode, day);
    }

    public Uni<List<RegionAccessGrant>> activeFor(String organisationCode, String regionCode, LocalDate day) {
        return list("""
                organisationCode = ?1 and regionCode = ?2 and joinedOn <= ?3 and (leftOn is null or leftOn > ?3)""",
                organisationCode, regionCode, day);
    }
}
