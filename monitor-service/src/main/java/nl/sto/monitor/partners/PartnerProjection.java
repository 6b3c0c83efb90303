package nl.sto.monitor.partners;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regions.PartnerJoined;
import nl.sto.contracts.regions.PartnerLeft;

/**
 * Which partners each region has, as regions-service announces them: a region's school locations for the indicators
 * follow from its school partners (a location, every location of an institution, every location of a board).
 */
@ApplicationScoped
public class PartnerProjection {

    /** A membership announced again (a redelivery the inbox let through after a reset) is brought up to date. */
    @WithTransaction
    public Uni<Void> joined(PartnerJoined joined) {
        return RegionPartner.<RegionPartner>findById(joined.membershipId()).chain(existing -> {
            RegionPartner partner = existing != null ? existing : new RegionPartner();
            partner.membershipId = joined.membershipId();
            partner.regionCode = joined.regionCode();
            partner.identifierType = joined.identifierType();
            partner.identifier = joined.identifier();
            partner.leftOn = null;
            return existing != null ? Uni.createFrom().voidItem() : partner.persist().replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Void> left(PartnerLeft left) {
        return RegionPartner.<RegionPartner>findById(left.membershipId()).invoke(partner -> {
            if (partner != null) {
                partner.leftOn = left.leftOn();
            }
        }).replaceWithVoid();
    }
}
