package nl.sto.portal.monitor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;
import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionsClient;

/** Reads the dashboard's parts from monitor-service, each on its own, so that one failing leaves the others. */
@ApplicationScoped
public class MonitorReader {

    /** At most this many pages of the log for the feed (a day with more events shows the first ones' newest). */

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

    /** Every school year of one indicator: the latest first (which names the years there are), then the others. */
    IndicatorPanel panel(Indicator indicator, String region) {
        Fetched<IndicatorValue> latest = Fetched.read("Indicator " + indicator.id(),
                () -> monitor.indicator(indicator.id(), null, region));
        if (!latest.ok()) {
            return IndicatorPanel.failed(indicator, latest);
        }
        List<IndicatorValue> years = new ArrayList<>();
        years.add(latest.value());
        for (String year : latest.value().schoolYears()) {
            if (!year.equals(latest.value().schoolYear())) {
                Fetched<IndicatorValue> other = Fetched.read("Indicator " + indicator.id() + " " + year,
                        () -> monitor.indicator(indicator.id(), year, region));
                if (other.ok()) {
                    years.add(other.value());
                }
            }
        }
        return IndicatorPanel.of(indicator, years);
    }

    /** The newest events of the last day, newest first. */
    Fetched<EventFeed> feed() {
        return Fetched.read("Event log", () -> EventFeed.of(
                monitor.events(EventFeed.since(OffsetDateTime.now(clock)), EventFeed.SHOWN, true)));
    }
}
