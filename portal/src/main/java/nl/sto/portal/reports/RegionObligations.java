package nl.sto.portal.reports;

import java.util.List;

import nl.sto.portal.reports.client.ObligationView;

/**
 * The region's obligations for its page. reports-service may be away while regions-service answers; then the page
 * still shows the region and says that the deadlines cannot be shown now.
 */
public record RegionObligations(List<ObligationView> list, boolean available) {

    public static final RegionObligations UNAVAILABLE = new RegionObligations(List.of(), false);

    public RegionObligations {
        list = List.copyOf(list);
    }

    public static RegionObligations of(List<ObligationView> obligations) {
        return new RegionObligations(obligations, true);
    }
}
