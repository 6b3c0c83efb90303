package nl.sto.common.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.common.security.Audience;
import nl.sto.common.security.Caller;

/**
 * The one answer every service gives to "may this caller act for this region, and in which role?". Partners act
 * through the memberships of the organisation their token names, on the days those memberships run; ministry
 * staff (ministry-admin, reviewer) and the monitor team act for every region. Reads only the local
 * {@code region_access} table, through its in-memory copy: no call to another service, and mostly not even to
 * the database.
 */
@ApplicationScoped
public class RegionAccess {

    private final RegionAccessRepository grants;
    private final RegionAccessCache cache;
    private final Clock clock;

    public RegionAccess(RegionAccessRepository grants, RegionAccessCache cache, Clock clock) {
        this.grants = grants;
        this.cache = cache;
        this.clock = clock;
    }

    /** The caller's role in the region, or empty when they may not act for it. */
    public Uni<Optional<RegionRole>> roleIn(Caller caller, String regionCode) {
        Optional<RegionRole> everywhere = roleInEveryRegion(caller);
        if (everywhere.isPresent() || caller.organisationCode() == null) {
            return Uni.createFrom().item(everywhere);
        }
        LocalDate today = today();
        return memberships(caller.organisationCode(), regionCode).map(found -> found.stream()
                .filter(m -> m.activeOn(today)).map(m -> RegionRole.of(m.role())).reduce(RegionRole::stronger));
    }

    /** The caller's role in the region; a caller without one gets 403. */
    public Uni<RegionRole> require(Caller caller, String regionCode) {
        return roleIn(caller, regionCode).map(role -> role.orElseThrow(() -> ProblemException.forbidden(
                "You may not act for region " + regionCode)));
    }

    /** Like {@link #require} but only for the given roles (e.g. only the lead may submit). */
    public Uni<RegionRole> requireOneOf(Caller caller, String regionCode, RegionRole... allowed) {
        return require(caller, regionCode).map(role -> {
            for (RegionRole candidate : allowed) {
                if (candidate == role) {
                    return role;
                }
            }
            throw ProblemException.forbidden("In region " + regionCode + " you act as " + role.value()
                    + ", which may not do this");
        });
    }

    /** The regions the caller acts for as a partner, with the role in each; empty for ministry and monitor. */
    @WithSession
    public Uni<Map<String, RegionRole>> partnerRegions(Caller caller) {
        if (caller.organisationCode() == null || caller.audience() == Audience.MINISTRY) {
            return Uni.createFrom().item(Map.of());
        }
        return grants.activeFor(caller.organisationCode(), today()).map(active -> {
            Map<String, RegionRole> roles = new TreeMap<>();
            active.forEach(g -> roles.merge(g.regionCode, RegionRole.of(g.role), RegionRole::stronger));
            return roles;
        });
    }

    /** Ministry-admins and reviewers act as ministry, the monitor team as monitor, in every region. */
    public static Optional<RegionRole> roleInEveryRegion(Caller caller) {
        if (caller.audience() != Audience.MINISTRY) {
            return Optional.empty();
        }
        if (caller.hasRole(Caller.MINISTRY_ADMIN) || caller.hasRole(Caller.REVIEWER)) {
            return Optional.of(RegionRole.MINISTRY);
        }
        return caller.hasRole(Caller.MONITOR) ? Optional.of(RegionRole.MONITOR) : Optional.empty();
    }

    /** From memory when it knows the pair; otherwise read in the caller's session (or a new one) and remembered. */
    private Uni<List<RegionAccessCache.Membership>> memberships(String organisationCode, String regionCode) {
        Optional<List<RegionAccessCache.Membership>> known = cache.find(organisationCode, regionCode);
        if (known.isPresent()) {
            return Uni.createFrom().item(known.get());
        }
        long changesBeforeRead = cache.changesSoFar();
        return Panache.withSession(() -> grants.of(organisationCode, regionCode))
                .invoke(found -> cache.remember(organisationCode, regionCode, found, changesBeforeRead));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
