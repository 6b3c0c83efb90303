package nl.sto.portal.regulations;

import java.util.List;

import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.web.Outcome;

/** The list of regulations: published ones for all ministry staff, drafts too for ministry-admins. */
public record RegulationsPage(List<Summary> regulations, RegulationAccess may, Outcome done) {

    public RegulationsPage {
        regulations = List.copyOf(regulations);
    }

    public String link(Summary regulation) {
        return RegulationPage.pathOf(regulation.id());
    }
}
