package nl.sto.monitor.compliance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.regions.KnownRegionRepository;
import nl.sto.common.security.CurrentCaller;

/**
 * Who reads which part of the board. Ministry staff (ministry-admin, reviewer) and the monitor team read every
 * region and the national figures. A region's partners (lead, school, mbo, po, business) read their own region,
 * named with {@code region=}: another region is a 403, an unknown one a 404 (for everyone), and leaving the region
 * out a 403 that says to name it, rather than a quiet selection of their regions.
 */
@ApplicationScoped
public class ComplianceAccess {

    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public ComplianceAccess(KnownRegionRepository regions, RegionAccess access, CurrentCaller caller) {
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    /** One region's ({@code region} given) or every region's ({@code region} null). */
    public Uni<Void> toRead(String region) {
        if (region == null) {
            return toReadNationally();
        }
        return regions.requireKnown(region).chain(() -> access.require(caller.get(), region)).replaceWithVoid();
    }

    /** The national figures and the regions at risk: ministry and monitor only. */
    public Uni<Void> toReadNationally() {
        if (RegionAccess.roleInEveryRegion(caller.get()).isEmpty()) {
            return Uni.createFrom().failure(ProblemException.forbidden("Only the ministry and the monitor team read "
                    + "every region's compliance; a region's partners name their region with region="));
        }
        return Uni.createFrom().voidItem();
    }
}
