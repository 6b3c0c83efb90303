package nl.sto.portal.reports;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.web.Outcome;

/**
 * A report as the portal addresses it: below the region, in the audience's area.
 *
 * @param audience the first path segment (school, business, ministry)
 */
public record ReportRef(String audience, String code, String reportId) {

    /** The report page's path, the base of its links and forms. */
    public String page() {
        return "/" + audience + "/regions/" + code + "/reports/" + reportId;
    }

    public String regionPage() {
        return "/" + audience + "/regions/" + code;
    }

    /** Ministry staff reach reports through the review queue; everyone else through their regions. */
    public String menuItem() {
        return "ministry".equals(audience) ? "reports" : "regions";
    }

    /** The report page after a form, with the outcome's message at (and scrolled to) its section. */
    public URI done(Outcome outcome) {
        return outcome.at(page());
    }

    /** After saving one section: the message at that section, scrolled to it. */
    /** The page with its whole audit trail, at the trail. */
    public String wholeAudit() {
        return page() + "?audit=all#audit";
    }

    public URI sectionSaved(String section) {
        return UriBuilder.fromPath(page()).queryParam("done", Outcome.SECTION_SAVED.code())
                .queryParam("section", section).fragment(ReportPage.partId(section)).build();
    }
}
