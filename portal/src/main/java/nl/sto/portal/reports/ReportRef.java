package nl.sto.portal.reports;

import java.net.URI;
import java.util.Collection;

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

    /** A submitted version's receipt as a PDF. */
    public String receiptPdf(int version) {
        return page() + "/versions/" + version + "/receipt.pdf";
    }

    /** The page with its whole audit trail, at the trail. */
    public String wholeAudit() {
        return page() + "?audit=all#audit";
    }

    /**
     * After saving the draft: the message at each section saved, scrolled to the one whose button was pressed (or to
     * the first one saved, or to the sections when the button is not known).
     */
    public URI sectionsSaved(Collection<String> saved, String pressed) {
        UriBuilder uri = UriBuilder.fromPath(page()).queryParam("done", Outcome.SECTION_SAVED.code());
        saved.forEach(section -> uri.queryParam("section", section));
        if (pressed != null && !saved.contains(pressed)) {
            uri.queryParam("section", pressed);
        }
        String at = pressed != null ? pressed : saved.stream().findFirst().orElse(null);
        return uri.fragment(at == null ? Outcome.SECTION_SAVED.section() : ReportPage.partId(at)).build();
    }
}
