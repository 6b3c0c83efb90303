package nl.sto.common.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.changes.CachedRows;

/**
 * The memberships of an organisation in a region, kept in memory so that the access check is a lookup and not a
 * database round trip. The {@code region_access} trigger tells every replica which pair changed.
 */
@ApplicationScoped
public class RegionAccessCache extends CachedRows<List<RegionAccessCache.Membership>> {

    /** One membership as the check needs it. */
    public record Membership(String role, LocalDate joinedOn, LocalDate leftOn) {

        /** A membership counts from the day it starts until the day it ends (that day no longer). */
        public boolean activeOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
        }
    }

    /** Far above every pair in use (10,000 regions x their partners' logins). */
    private static final int MAX_PAIRS = 200_000;

    public RegionAccessCache() {
        super(MAX_PAIRS);
    }

    public Optional<List<Membership>> find(String organisationCode, String regionCode) {
        return find(key(organisationCode, regionCode));
    }

    public void remember(String organisationCode, String regionCode, List<Membership> memberships,
            long changesBeforeRead) {
        remember(key(organisationCode, regionCode), List.copyOf(memberships), changesBeforeRead);
    }

    /** This service is about to change the pair: forget it now, not only when the notification comes. */
    public void forget(String organisationCode, String regionCode) {
        changed(key(organisationCode, regionCode));
    }

    @Override
    public String channel() {
        return "region_access_changed";
    }

    /** The payload of the table's trigger. */
    static String key(String organisationCode, String regionCode) {
        return organisationCode + "|" + regionCode;
    }
}
