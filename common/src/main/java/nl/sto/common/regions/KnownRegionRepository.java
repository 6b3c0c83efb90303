package nl.sto.common.regions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.contracts.regions.RegionRegistered;
import nl.sto.contracts.regions.RegionUpdated;

@ApplicationScoped
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class KnownRegionRepository implements PanacheRepositoryBase<KnownRegion, String> {

    private final KnownRegionCodes codes;

    public KnownRegionRepository(KnownRegionCodes codes) {
        this.codes = codes;
    }

    /** A region this service never heard of is a 404, before any access check. */
    public Uni<Void> requireKnown(String code) {
        if (codes.contains(code)) {
            return Uni.createFrom().voidItem();
        }
        long changesBeforeRead = codes.changesSoFar();
        return Panache.withSession(() -> findById(code)).invoke(region -> {
            if (region == null) {
                throw ProblemException.notFound("Unknown region " + code);
            }
            codes.remember(code, changesBeforeRead);
        }).replaceWithVoid();
    }

    public Uni<List<KnownRegion>> listByCode() {
        return listAll(Sort.by("code"));
    }

    public Uni<Void> rename(RegionUpdated updated) {
        return findById(updated.code()).flatMap(region -> {
            if (region == null) {
                return Uni.createFrom().voidItem();
            }
            region.name = updated.name();
            return persist(region).replaceWithVoid();
        });
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
