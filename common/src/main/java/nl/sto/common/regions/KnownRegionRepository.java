package nl.sto.common.regions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regions.RegionRegistered;

@ApplicationScoped
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class KnownRegionRepository implements PanacheRepositoryBase<KnownRegion, String> {

    public Uni<List<KnownRegion>> listByCode() {
        return listAll(Sort.by("code"));
    }

    public Uni<KnownRegion> register(RegionRegistered registered) {
        return findById(registered.code()).flatMap(existing -> {
            KnownRegion region = existing != null ? existing : new KnownRegion();
            region.code = registered.code();
            region.name = registered.name();
            if (region.registeredAt == null) {
                region.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            return persist(region);
        });
    }
}
