package nl.sto.portal.client.reports;

import java.util.Set;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;

/**
 * Who writes a region's reports, as reports-service has it (and checks again): the region's school partners (lead,
 * school, mbo, po), logged in as a school. The region page offers them to start a report, the report page the forms
 * of its draft.
 */
public final class ReportWriters {

    private static final Set<RegionRole> WRITERS = Set.of(RegionRole.LEAD, RegionRole.SCHOOL, RegionRole.MBO,
            RegionRole.PO);

    private ReportWriters() {
    }

    /** Whether this person, with this role in the region (null: none), writes the region's reports. */
    public static boolean include(PortalUser user, RegionRole role) {
        return user.audience() == Audience.SCHOOL && role != null && WRITERS.contains(role);
    }
}
