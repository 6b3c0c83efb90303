package nl.sto.regions.api;

import nl.sto.common.security.Caller;
import nl.sto.contracts.regions.RegionRole;

/**
 * What the caller may do with a region, by the rules this service enforces on each endpoint: a client shows the forms
 * of these actions and no others.
 *
 * @param stateCofinancing a business partner states, confirms and withdraws its own co-financing (an open region)
 * @param maintainContacts the lead maintains the contact persons; a ministry-admin may correct them
 * @param administer       a ministry-admin edits the plan, partners and grants, and closes the region (an open region)
 * @param readAudit        ministry-admins and reviewers read the audit trail
 */
public record RegionActions(boolean stateCofinancing, boolean maintainContacts, boolean administer,
        boolean readAudit) {

    public static RegionActions of(Caller caller, RegionRole role, boolean closed) {
        boolean admin = caller.hasRole(Caller.MINISTRY_ADMIN);
        return new RegionActions(
                !closed && role == RegionRole.BUSINESS,
                admin || role == RegionRole.LEAD,
                !closed && admin,
                admin || caller.hasRole(Caller.REVIEWER));
    }
}
