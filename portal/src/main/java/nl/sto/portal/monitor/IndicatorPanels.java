package nl.sto.portal.monitor;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;

import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;

/**
 * Reads the dashboard's panels with every indicator's school years, asking for them all at once instead of one after
 * another: first every indicator's latest year (whose answer names the years there are), then every other year of
 * every indicator. Each request is made from the calling thread (the request's, which has the person's token) and
 * the results are awaited there. The panels keep the indicators' order; an indicator whose latest year cannot be read
 * is a panel with the reason ("niet beschikbaar"), another year that cannot be read is left out.
 */
final class IndicatorPanels {

    /** One school year of an indicator (null: the latest), read when subscribed to. */
    @FunctionalInterface
    interface YearReader {
        Uni<Fetched<IndicatorValue>> read(Indicator indicator, String schoolYear);
    }

    private IndicatorPanels() {
    }

    static List<IndicatorPanel> read(List<Indicator> indicators, YearReader years) {
        List<Fetched<IndicatorValue>> latest = all(indicators.stream().map(i -> years.read(i, null)).toList());

        List<Integer> ofIndicator = new ArrayList<>();
        List<Uni<Fetched<IndicatorValue>>> others = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (latest.get(i).ok()) {
                IndicatorValue newest = latest.get(i).value();
                for (String year : newest.schoolYears()) {
                    if (!year.equals(newest.schoolYear())) {
                        ofIndicator.add(i);
                        others.add(years.read(indicators.get(i), year));
                    }
                }
            }
        }
        List<Fetched<IndicatorValue>> older = all(others);

        List<IndicatorPanel> panels = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!latest.get(i).ok()) {
                panels.add(IndicatorPanel.failed(indicators.get(i), latest.get(i)));
                continue;
            }
            List<IndicatorValue> read = new ArrayList<>(List.of(latest.get(i).value()));
            for (int o = 0; o < older.size(); o++) {
                if (ofIndicator.get(o) == i && older.get(o).ok()) {
                    read.add(older.get(o).value());
                }
            }
            panels.add(IndicatorPanel.of(indicators.get(i), read));
        }
        return panels;
    }

    /** Every read at once, in their order; the REST client's timeouts bound each of them. */
    private static <T> List<T> all(List<Uni<T>> reads) {
        return reads.isEmpty() ? List.of() : Uni.join().all(reads).andFailFast().await().indefinitely();
    }
}
