package nl.sto.monitor.indicators;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.regions.KnownRegionRepository;
import nl.sto.common.security.CurrentCaller;

/**
 * Who reads which figures. National figures come from public open data: everyone who logged in reads them. A
 * region's figures are read by its own partners, the ministry and the monitor team; an unknown region is a 404.
 */
@ApplicationScoped
public class IndicatorAccess {

    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public IndicatorAccess(KnownRegionRepository regions, RegionAccess access, CurrentCaller caller) {
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    /** National ({@code region} null) or the region's. */
    public Uni<Void> toRead(String region) {
        if (region == null) {
            return Uni.createFrom().voidItem();
        }
        return regions.requireKnown(region).chain(() -> access.require(caller.get(), region)).replaceWithVoid();
    }
}
