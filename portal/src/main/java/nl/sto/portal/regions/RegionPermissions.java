package nl.sto.portal.regions;

import nl.sto.portal.PortalUser;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.reports.ReportWriters;

/**
 * Which forms the region page offers this person. regions-service decides and enforces who may do what; the
 * portal only avoids showing forms that would certainly be refused (a monitor sees no forms at all).
 *
 * @param stateCofinancing a business partner states and confirms its own co-financing
 * @param maintainContacts the lead, and ministry-admins, maintain the contact persons
 * @param administer       ministry-admins edit the plan, partners and grants, and close the region
 * @param readAudit        ministry-admins and reviewers read the audit trail
 * @param startReports     the school partners who write the region's reports start them from the obligations
 * @param pauseReminders   ministry-admins pause and resume the region's reminders (notification-service checks it)
 */
public record RegionPermissions(boolean stateCofinancing, boolean maintainContacts, boolean administer,
        boolean readAudit, boolean startReports, boolean pauseReminders) {

    static final String MINISTRY_ADMIN = "ministry-admin";
    static final String REVIEWER = "reviewer";

    public static RegionPermissions of(PortalUser user, RegionDetail region) {
        boolean admin = user.roles().contains(MINISTRY_ADMIN);
        boolean open = !region.closed();
        return new RegionPermissions(
                open && region.yourRole() == RegionRole.BUSINESS,
                admin || region.yourRole() == RegionRole.LEAD,
                open && admin,
                admin || user.roles().contains(REVIEWER),
                ReportWriters.include(user, region.yourRole()),
                admin);
    }

    /** Whether the page shows any form at all; a read-only visitor gets none. */
    public boolean any() {
        return stateCofinancing || maintainContacts || administer || startReports || pauseReminders;
    }
}
