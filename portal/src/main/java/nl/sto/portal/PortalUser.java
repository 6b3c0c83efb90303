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

    /** The ministry's administrators: the only ones the services let register regions, close them or publish. */
    public static final String MINISTRY_ADMIN = "ministry-admin";

    public PortalUser {
        roles = roles.stream().filter(audience::honours).toList();
    }

    /** Ministry staff or the monitor team, who have the monitor pages and the compliance board. */
    public boolean ministryStaff() {
        return audience == Audience.MINISTRY
                && roles.stream().anyMatch(r -> r.equals(MINISTRY_ADMIN) || r.equals("reviewer") || r.equals("monitor"));
    }

    /**
     * Where the login leads: the page of the person's main task. Ministry-admins and reviewers start on the ministry's
     * start page (how the regions stand with their reports, and their tasks), the monitor team on the monitor's
     * dashboard. Schools and businesses start on their region, or the list of their regions when they act for
     * several (which ones only regions-service knows: {@code /school/start} asks it). Ministry logins without a
     * programme role have only their account page.
     */
    public String startPage() {
        if (audience != Audience.MINISTRY) {
            return "/" + audience.code() + "/start";
        }
        if (roles.contains(MINISTRY_ADMIN) || roles.contains("reviewer")) {
            return "/ministry/start";
        }
        return roles.contains("monitor") ? "/ministry/monitor" : "/ministry/me";
    }

    public boolean hasOrganisation() {
        return !organisationCode.isEmpty();
    }
}
