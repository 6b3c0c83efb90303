package nl.sto.portal.monitor;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The numbers behind one chart of the monitor pages, as JSON for {@code /js/monitor.js} (from the canvas'
 * {@code data-series-chart} attribute): a label per category (a school year, an obligation, a region) and per series
 * its value for each. The same numbers are in the table beside the chart, which is what screen readers and people
 * without JavaScript read.
 *
 * @param type    {@code line} or {@code bar}
 * @param stacked bars stacked on each other (counts that add up)
 * @param unit    {@code percent} for shares (the axis then shows %), anything else for plain numbers, {@code euro}
 *                for amounts
 */
public record SeriesChart(String type, boolean stacked, String unit, List<String> labels, List<Series> series) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line or set of bars; a null value is a gap (nothing to count that year). */
    public record Series(String key, String label, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public SeriesChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data of plain numbers cannot fail to serialise", e);
        }
    }
}
