package nl.sto.portal.reports;

import java.util.Set;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.reports.ReportViews;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportWriters;

/**
 * Which forms a report page offers this person, following reports-service's rules (which it enforces anyway): the
 * region's school partners (lead, school, mbo, po) write the draft together, only the lead submits, and a returned
 * report is revised by the same writers; ministry-admins and reviewers review a submitted report. Businesses and the
 * monitor team read.
 *
 * @param edit   save sections, add and remove attachments of the draft
 * @param submit submit the draft
 * @param revise start a new version of a returned report
 * @param review accept or return the submitted version
 */
public record ReportPermissions(boolean edit, boolean submit, boolean revise, boolean review) {

    public static final ReportPermissions READ_ONLY = new ReportPermissions(false, false, false, false);

    private static final Set<String> REVIEWER_ROLES = Set.of("ministry-admin", "reviewer");

    public static ReportPermissions of(PortalUser user, RegionRole role, Report report) {
        boolean writer = ReportWriters.include(user, role);
        boolean reviewer = user.audience() == Audience.MINISTRY
                && user.roles().stream().anyMatch(REVIEWER_ROLES::contains);
        boolean draft = ReportViews.DRAFT.equals(report.status());
        return new ReportPermissions(
                writer && draft,
                writer && draft && role == RegionRole.LEAD,
                writer && ReportViews.RETURNED.equals(report.status()),
                reviewer && ReportViews.SUBMITTED.equals(report.status()));
    }

    /** Whether the page shows any form at all; a read-only visitor gets none. */
    public boolean any() {
        return edit || submit || revise || review;
    }
}
