package nl.sto.monitor.indicators;

import java.util.List;

/**
 * An indicator's figure for one school year, nationally or for one region: the value with its numerator and
 * denominator, the same per part of the breakdown, and the definition; ready for a chart and its table. {@code missing}
 * names a school year the figure needs and the data lacks; {@code note} says what else is missing for a figure (the
 * value is then null), and {@code noteCode} says it as a stable code for readers that word it themselves:
 * {@code no-open-data} (no open data holds it: upload it) or {@code needs-import} (import the shipped files first).
 */
public record IndicatorValue(String id, String schoolYear, String region, String unit, Double value, long numerator,
        long denominator, List<Part> breakdown, Indicator definition, List<String> schoolYears, String missing,
        String note, String noteCode) {

    /** One part of the breakdown (a leerweg). The value is null when there is nobody to count. */
    public record Part(String key, Double value, long numerator, long denominator) {

        static Part of(String key, long numerator, long denominator) {
            return new Part(key, percent(numerator, denominator), numerator, denominator);
        }
    }

    static Double percent(long numerator, long denominator) {
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }

    /** The change from {@code before} to {@code now} in percent of {@code before}. */
    static Double change(long now, long before) {
        return before == 0 ? null : 100.0 * (now - before) / before;
    }
}
