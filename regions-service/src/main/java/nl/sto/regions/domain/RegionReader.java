package nl.sto.regions.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.cache.LeastRecentlyUsed;

/**
 * Reads regions for display: one region whole, or a page of regions with their memberships and money. The most
 * recently read regions are kept whole and handed out again for as long as the region's revision (raised by the
 * database at every change to it or its parts) is the one they were read at: one indexed lookup instead of five
 * queries for a region that people keep opening.
 */
@ApplicationScoped
public class RegionReader {

    /** Plenty for the regions in use at one time; a bound on memory when someone walks through all of them. */
    private static final int KEPT_REGIONS = 1_000;

    private final LeastRecentlyUsed<String, RegionSnapshot> kept = new LeastRecentlyUsed<>(KEPT_REGIONS);

    private final RegionRepository regions;
    private final MembershipRepository memberships;
    private final GrantRepository grants;
    private final CofinancingRepository cofinancing;
    private final ContactRepository contacts;

    public RegionReader(RegionRepository regions, MembershipRepository memberships, GrantRepository grants,
            CofinancingRepository cofinancing, ContactRepository contacts) {
        this.regions = regions;
        this.memberships = memberships;
        this.grants = grants;
        this.cofinancing = cofinancing;
        this.contacts = contacts;
    }

    @WithSession
    public Uni<RegionSnapshot> one(String code) {
        RegionSnapshot known = kept.get(code);
        if (known == null) {
            return read(code);
        }
        return regions.revisionOf(code).flatMap(revision -> revision != null && revision == known.region().revision
                ? Uni.createFrom().item(known) : read(code));
    }

    private Uni<RegionSnapshot> read(String code) {
        return readWhole(code).invoke(snapshot -> kept.put(code, snapshot));
    }

    private Uni<RegionSnapshot> readWhole(String code) {
        return regions.get(code).flatMap(region -> memberships.ofRegion(code)
                .flatMap(m -> grants.ofRegion(code)
                        .flatMap(g -> cofinancing.ofRegion(code)
                                .flatMap(c -> contacts.ofRegion(code)
                                        .map(k -> new RegionSnapshot(region, m, g, c, k))))));
    }

    /** A page of regions without contacts (the list shows counts and totals, not people). */
    @WithSession
    public Uni<List<RegionSnapshot>> page(RegionRepository.RegionFilter filter, Page page) {
        return regions.search(filter, page).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            List<String> codes = found.stream().map(r -> r.code).toList();
            return memberships.ofRegions(codes)
                    .flatMap(m -> grants.ofRegions(codes)
                            .flatMap(g -> cofinancing.ofRegions(codes)
                                    .map(c -> assemble(found, byRegion(m, x -> x.regionCode),
                                            byRegion(g, x -> x.regionCode), byRegion(c, x -> x.regionCode)))));
        });
    }

    @WithSession
    public Uni<List<Region>> named(List<String> codes) {
        return codes.isEmpty() ? Uni.createFrom().item(List.of()) : regions.list("code in ?1 order by code", codes);
    }

    private static List<RegionSnapshot> assemble(List<Region> found, Map<String, List<Membership>> m,
            Map<String, List<GrantAward>> g, Map<String, List<CofinancingStatement>> c) {
        return found.stream().map(r -> new RegionSnapshot(r, m.getOrDefault(r.code, List.of()),
                g.getOrDefault(r.code, List.of()), c.getOrDefault(r.code, List.of()), List.of())).toList();
    }

    private static <T> Map<String, List<T>> byRegion(List<T> rows, Function<T, String> region) {
        return rows.stream().collect(Collectors.groupingBy(region));
    }
}
