package nl.sto.portal.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;
import nl.sto.portal.client.monitor.MonitorViews.Part;
import nl.sto.portal.format.Numbers;
import nl.sto.portal.format.Percentages;

/**
 * One indicator on the dashboard: its definition, and its figure for every school year there is data for, nationally
 * or for the chosen region, as a chart over the years (the total and each part of the breakdown a series) and as a
 * table with value, numerator and denominator per year and part. Generic: an indicator the portal has never heard
 * of shows the same way.
 *
 * @param years   the figures, by school year; empty when none could be read
 * @param fetched why there are none when the first could not be read (the service's refusal, or not available)
 */
public record IndicatorPanel(Indicator indicator, List<IndicatorValue> years, Fetched<?> fetched) {

    public static final String TOTAL = "total";

    public IndicatorPanel {
        years = years.stream().sorted(Comparator.comparing(IndicatorValue::schoolYear)).toList();
    }

    public static IndicatorPanel of(Indicator indicator, List<IndicatorValue> years) {
        return new IndicatorPanel(indicator, years, Fetched.of(years));
    }

    public static IndicatorPanel failed(Indicator indicator, Fetched<?> why) {
        return new IndicatorPanel(indicator, List.of(), why);
    }

    public String id() {
        return indicator.id();
    }

    public String title(UiLanguage language) {
        String title = indicator.title().in(language);
        return title.isBlank() ? indicator.id() : title;
    }

    public String definition(UiLanguage language) {
        return indicator.definition().in(language);
    }

    /** Shares (percent, percent change) are shown as percentages; counts as plain numbers. */
    public boolean percent() {
        return indicator.unit() != null && indicator.unit().startsWith("percent");
    }

    /** A value as the page shows it: {@code 19,1%} or {@code 1.234}. */
    public String show(Double value, UiLanguage language) {
        return percent() ? Percentages.ofDouble(value, language) : Numbers.format(value, language);
    }

    /** Whether any school year has a value to draw; otherwise the page shows the notes instead of a chart. */
    public boolean hasFigures() {
        return years.stream().anyMatch(y -> y.value() != null);
    }

    /** Why a year has no value: the school year that is missing, or the service's note. */
    public static Optional<String> note(IndicatorValue year) {
        if (year.value() != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(year.note() != null && !year.note().isBlank() ? year.note() : year.missing());
    }

    /** Whether this year's answer names a missing school year (rather than a note of its own). */
    public static boolean missingYear(IndicatorValue year) {
        return year.value() == null && (year.note() == null || year.note().isBlank()) && year.missing() != null;
    }

    /** For the page: why this year has no value ({@link #note}), or null. */
    public String noteOf(IndicatorValue year) {
        return note(year).orElse(null);
    }

    /** For the page: {@link #missingYear}. */
    public boolean missingYearOf(IndicatorValue year) {
        return missingYear(year);
    }

    /** The years without a value with their reason, to show instead of (or below) the chart. */
    public List<IndicatorValue> unexplained() {
        return years.stream().filter(y -> note(y).isPresent()).toList();
    }

    /** The parts of the breakdown, in the order the service gives them, over every year. */
    public List<String> partKeys() {
        Set<String> keys = new LinkedHashSet<>();
        years.forEach(y -> y.breakdown().forEach(p -> keys.add(p.key())));
        return List.copyOf(keys);
    }

    public static Part part(IndicatorValue year, String key) {
        return year.breakdown().stream().filter(p -> Objects.equals(p.key(), key)).findFirst()
                .orElse(new Part(key, null, 0, 0));
    }

    /** The chart: a series for the total and for each part, a value per school year (null: a gap). */
    public SeriesChart chart(String totalLabel) {
        List<SeriesChart.Series> series = new ArrayList<>();
        series.add(new SeriesChart.Series(TOTAL, totalLabel, years.stream().map(IndicatorValue::value).toList()));
        for (String key : partKeys()) {
            series.add(new SeriesChart.Series(key, key,
                    years.stream().map(y -> part(y, key).value()).toList()));
        }
        return new SeriesChart(years.size() > 1 ? "line" : "bar", false, percent() ? "percent" : "number",
                years.stream().map(IndicatorValue::schoolYear).toList(), series);
    }

    public String chartJson(String totalLabel) {
        return chart(totalLabel).toJson();
    }

    /** The table's rows: a row per year and part, the total first; each with value, numerator and denominator. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (IndicatorValue year : years) {
            rows.add(new Row(year.schoolYear(), TOTAL, year.value(), year.numerator(), year.denominator(),
                    note(year).orElse(null)));
            for (String key : partKeys()) {
                Part part = part(year, key);
                rows.add(new Row(year.schoolYear(), key, part.value(), part.numerator(), part.denominator(), null));
            }
        }
        return rows;
    }

    /** One line of the table; {@code note} says why there is no value. */
    public record Row(String schoolYear, String part, Double value, long numerator, long denominator, String note) {

        public boolean total() {
            return TOTAL.equals(part);
        }
    }
}
