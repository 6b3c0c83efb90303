package nl.sto.portal.monitor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionsClient;

/** Reads the dashboard's parts from monitor-service, each on its own, so that one failing leaves the others. */
@ApplicationScoped
public class MonitorReader {

    /** The regions read for the select, a page at a time, at most this many pages. */
    private static final int REGION_PAGE = 200;
    private static final int MAX_REGION_PAGES = 10;

    private final MonitorClient monitor;
    private final RegionsClient regions;
    private final Clock clock = Clock.systemUTC();

    MonitorReader(@RestClient MonitorClient monitor, @RestClient RegionsClient regions) {
        this.monitor = monitor;
        this.regions = regions;
    }

    /**
     * Every region, for the region select, from regions-service (the ministry sees all); when it cannot be had the
     * pages offer a text field for the code instead.
     */
    public Fetched<List<RegionChoice>> regions() {
        return Fetched.read("Regions", () -> {
            List<RegionSummary> all = new ArrayList<>();
            for (int page = 0; page < MAX_REGION_PAGES; page++) {
                List<RegionSummary> read = regions.regions(null, null, null, page, REGION_PAGE);
                all.addAll(read);
                if (read.size() < REGION_PAGE) {
                    break;
                }
            }
            return RegionChoice.of(all);
        });
    }

    Fetched<List<Indicator>> indicators() {
        return Fetched.read("Indicators", monitor::indicators);
    }

    /** Every indicator's school years, all asked for at once ({@link IndicatorPanels}). */
    List<IndicatorPanel> panels(List<Indicator> indicators, String region) {
        return IndicatorPanels.read(indicators, (indicator, year) -> Fetched.read(
                year == null ? "Indicator " + indicator.id() : "Indicator " + indicator.id() + " " + year,
                monitor.indicator(indicator.id(), year, region)));
    }

    /** The newest events of the last day, newest first. */
    Fetched<EventFeed> feed() {
        return Fetched.read("Event log", () -> EventFeed.of(
                monitor.events(EventFeed.since(OffsetDateTime.now(clock)), EventFeed.SHOWN, true)));
    }
}
