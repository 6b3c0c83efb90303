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

    private final RegionAccessCache cache;

    public RegionAccessRepository(RegionAccessCache cache) {
        this.cache = cache;
    }

    /** Applying the same membership again leaves one row: safe for redelivered events. */
    public Uni<RegionAccessGrant> record(PartnerJoined joined) {
        return findById(joined.membershipId()).flatMap(existing -> {
            RegionAccessGrant grant = existing != null ? existing : new RegionAccessGrant();
            grant.membershipId = joined.membershipId();
            grant.organisationCode = joined.organisationCode();
            grant.regionCode = joined.regionCode();
            grant.role = joined.role();
            grant.joinedOn = joined.joinedOn();
            cache.forget(grant.organisationCode, grant.regionCode);
            return persist(grant);
        });
    }

    public Uni<Void> end(PartnerLeft left) {
        return findById(left.membershipId()).flatMap(grant -> {
            if (grant == null) {
                return Uni.createFrom().voidItem();
            }
            grant.leftOn = left.leftOn();
            cache.forget(grant.organisationCode, grant.regionCode);
            return persist(grant).replaceWithVoid();
        });
    }

    public Uni<List<RegionAccessGrant>> activeFor(String organisationCode, LocalDate day) {
        return list("""
                organisationCode = ?1 and joinedOn <= ?2 and (leftOn is null or leftOn > ?2)""",
                organisationCode, day);
    }

    /** Every membership of the organisation in the region, past and future ones too. */
    public Uni<List<RegionAccessCache.Membership>> of(String organisationCode, String regionCode) {
        return list("organisationCode = ?1 and regionCode = ?2", organisationCode, regionCode).map(found -> found
                .stream().map(g -> new RegionAccessCache.Membership(g.role, g.joinedOn, g.leftOn)).toList());
    }
}
