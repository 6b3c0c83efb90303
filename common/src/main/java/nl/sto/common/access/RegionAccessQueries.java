package nl.sto.common.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regions.RegionRole;

/**
 * The access check's reads of {@code region_access}: one prepared statement on a pooled connection each, without a
 * Hibernate session, because every request of every service makes one and its cost is the request's cost.
 */
@ApplicationScoped
public class RegionAccessQueries {

    /** Whether the region is known here, and the organisation's roles in it on the day (none without one). */
    public record InRegion(boolean known, List<RegionRole> roles) {
    }

    private static final String ROLES_IN_REGION = """
            SELECT role FROM region_access
            WHERE organisation_code = $1 AND region_code = $2
              AND joined_on <= $3 AND (left_on IS NULL OR left_on > $3)""";
    // One row even for an unknown region or an organisation without a role: (false, null) or (true, null).
    private static final String ROLES_IN_KNOWN_REGION = """
            SELECT k.code IS NOT NULL AS known, a.role FROM (SELECT 1) one
            LEFT JOIN known_region k ON k.code = $2
            LEFT JOIN region_access a ON a.organisation_code = $1 AND a.region_code = $2
              AND a.joined_on <= $3 AND (a.left_on IS NULL OR a.left_on > $3)""";
    private static final String REGIONS_OF = """
            SELECT region_code, role FROM region_access
            WHERE organisation_code = $1 AND joined_on <= $2 AND (left_on IS NULL OR left_on > $2)""";

    private final Pool pool;

    public RegionAccessQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<RegionRole>> rolesIn(String organisationCode, String regionCode, LocalDate day) {
        return pool.preparedQuery(ROLES_IN_REGION).execute(Tuple.of(organisationCode, regionCode, day))
                .map(RegionAccessQueries::roles);
    }

    /** For services that keep the region projection ({@code known_region}). */
    public Uni<InRegion> inKnownRegion(String organisationCode, String regionCode, LocalDate day) {
        return pool.preparedQuery(ROLES_IN_KNOWN_REGION).execute(Tuple.of(organisationCode, regionCode, day))
                .map(rows -> new InRegion(rows.iterator().next().getBoolean("known"), roles(rows)));
    }

    /** The organisation's strongest role in each region it is a partner of on the day. */
    public Uni<Map<String, RegionRole>> regionsOf(String organisationCode, LocalDate day) {
        return pool.preparedQuery(REGIONS_OF).execute(Tuple.of(organisationCode, day)).map(rows -> {
            Map<String, RegionRole> roles = new TreeMap<>();
            rows.forEach(row -> roles.merge(row.getString("region_code"), RegionRole.of(row.getString("role")),
                    RegionRole::stronger));
            return roles;
        });
    }

    private static List<RegionRole> roles(RowSet<Row> rows) {
        List<RegionRole> roles = new ArrayList<>();
        rows.forEach(row -> {
            String role = row.getString("role");
            if (role != null) {
                roles.add(RegionRole.of(role));
            }
        });
        return roles;
    }
}
