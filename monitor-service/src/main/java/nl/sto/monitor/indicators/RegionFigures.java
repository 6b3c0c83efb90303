package nl.sto.monitor.indicators;

import java.util.List;

import nl.sto.contracts.regulation.Names;

/**
 * A region's own figures, each indicator's latest school year beside the national value, and the same as a paragraph
 * in Dutch and English that a report section can start from.
 */
public record RegionFigures(String region, List<Figure> figures, Names text) {

    /** One indicator for the region, with the national value of the same school year. */
    public record Figure(String id, Names title, String unit, String schoolYear, double value, long numerator,
            long denominator, Double national) {
    }
}
