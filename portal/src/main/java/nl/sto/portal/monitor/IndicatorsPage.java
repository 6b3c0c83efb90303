package nl.sto.portal.monitor;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.UriBuilder;

/**
 * The monitor dashboard: every indicator with its chart and table, nationally or for one region, and the live feed
 * of the event log.
 *
 * @param indicators whether the list of indicators could be read
 * @param panels     one per indicator
 * @param region     the region chosen; null for the national figures
 * @param feed       the latest events
 * @param regions    the regions to choose from; empty when regions-service could not say
 */
public record IndicatorsPage(Fetched<?> indicators, List<IndicatorPanel> panels, String region,
        Fetched<EventFeed> feed, MonitorAccess may, List<RegionChoice> regions) {

    public static final String PATH = "/ministry/monitor";

    public IndicatorsPage {
        panels = List.copyOf(panels);
        regions = List.copyOf(regions);
    }

    /** A select of the regions when they could be read; a text field for the code otherwise. */
    public boolean regionSelect() {
        return !regions.isEmpty();
    }

    /** A region code as typed: trimmed and upper case; null (national) when empty. */
    public static String region(String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        return asked.strip().toUpperCase(Locale.ROOT);
    }

    public boolean national() {
        return region == null;
    }

    /** The dashboard for a region (null: national). */
    public static String url(String region) {
        UriBuilder uri = UriBuilder.fromPath(PATH);
        if (region != null) {
            uri.queryParam("region", region);
        }
        return uri.build().toString();
    }

    /** The region page of the chosen region. */
    public String regionUrl() {
        return region == null ? "" : "/ministry/regions/" + region;
    }
}
