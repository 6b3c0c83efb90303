package nl.sto.portal;

import java.util.List;

/**
 * Who is logged in, as the portal shows it.
 *
 * @param name             display name from the token's {@code name} claim
 * @param username         login name ({@code preferred_username})
 * @param audience         which realm (tenant) the user logged in at
 * @param organisationCode BRIN code or KvK number; empty for ministry staff, who act for no organisation
 * @param roles            the user's realm roles that count for the audience ({@link Audience#honours}), sorted
 */
public record PortalUser(String name, String username, Audience audience, String organisationCode, List<String> roles) {

    public PortalUser {
        roles = roles.stream().filter(audience::honours).toList();
    }

    /** Ministry staff or the monitor team, who have the monitor pages and the compliance board. */
    public boolean ministryStaff() {
        return audience == Audience.MINISTRY
                && roles.stream().anyMatch(r -> r.equals("ministry-admin") || r.equals("reviewer") || r.equals("monitor"));
    }

    public boolean hasOrganisation() {
        return !organisationCode.isEmpty();
    }
}
