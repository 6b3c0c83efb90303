package nl.sto.portal.regions;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionViews.Totals;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Paged;

/**
 * The ministry's regions overview: the search, one page of the regions found with their totals, and (for
 * ministry-admins) the way to the page that registers a region.
 *
 * @param page    0-based; pages are {@link #PAGE_SIZE} regions long (the programme has 77, a test database more)
 * @param hasNext whether the page was full, so there may be more; the service does not count the matches
 */
public record OverviewPage(Search search, List<RegionSummary> regions, int page, boolean hasNext, Totals totals,
        boolean mayRegister, FormFeedback feedback) implements Paged {

    public static final int PAGE_SIZE = 100;

    /** What was searched for; each part may be empty. */
    public record Search(String q, String partner, String municipality) {

        public Search {
            q = trimmed(q);
            partner = trimmed(partner);
            municipality = trimmed(municipality);
        }

        public boolean any() {
            return !q.isEmpty() || !partner.isEmpty() || !municipality.isEmpty();
        }

        private static String trimmed(String value) {
            return value == null ? "" : value.trim();
        }
    }

    public OverviewPage {
        regions = List.copyOf(regions);
    }

    static OverviewPage of(Search search, List<RegionSummary> regions, int page, boolean mayRegister) {
        return new OverviewPage(search, regions, page, regions.size() == PAGE_SIZE, OverviewTotals.of(regions),
                mayRegister, FormFeedback.NONE);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The page as people count: from 1. */
    public int pageNumber() {
        return page + 1;
    }

    public String previousUrl() {
        return url(page - 1);
    }

    public String nextUrl() {
        return url(page + 1);
    }

    /** The same search on another page; empty parts are left out of the address. */
    private String url(int target) {
        UriBuilder uri = UriBuilder.fromPath("/ministry/overview");
        if (!search.q().isEmpty()) {
            uri.queryParam("q", search.q());
        }
        if (!search.partner().isEmpty()) {
            uri.queryParam("partner", search.partner());
        }
        if (!search.municipality().isEmpty()) {
            uri.queryParam("municipality", search.municipality());
        }
        if (target > 0) {
            uri.queryParam("page", target);
        }
        return uri.build().toString();
    }
}
