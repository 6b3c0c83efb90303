package nl.sto.portal.reports;

import java.util.List;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigure;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigures;
import nl.sto.portal.format.Numbers;
import nl.sto.portal.format.Percentages;

/**
 * The region's own figures from the monitor beside the report it writes: each indicator's latest school year with the
 * national value, and the paragraph a section can start from. {@code figures} is null when the monitor could not be
 * asked (the rest of the page is shown all the same); the panel is there only while the report can be edited.
 */
public record RegionFiguresPanel(boolean shown, RegionFigures figures) {

    public static final RegionFiguresPanel NONE = new RegionFiguresPanel(false, null);

    public static RegionFiguresPanel of(RegionFigures figures) {
        return new RegionFiguresPanel(true, figures);
    }

    public static RegionFiguresPanel unavailable() {
        return new RegionFiguresPanel(true, null);
    }

    public boolean available() {
        return figures != null;
    }

    /** Whether there is anything to put into a section. */
    public boolean insertable() {
        return available() && !figures.figures().isEmpty();
    }

    public List<RegionFigure> rows() {
        return available() ? figures.figures() : List.of();
    }

    /** The region's value as the indicator's unit writes it: a share, a change or a count of a total. */
    public static String value(RegionFigure figure, UiLanguage language) {
        return switch (figure.unit()) {
            case "percent" -> Percentages.ofDouble(figure.value(), language) + " (" + count(figure.numerator(),
                    language) + " / " + count(figure.denominator(), language) + ")";
            case "percent change" -> (figure.value() > 0 ? "+" : "") + Percentages.ofDouble(figure.value(), language);
            default -> count(figure.numerator(), language) + " / " + count(figure.denominator(), language);
        };
    }

    public static String national(RegionFigure figure, UiLanguage language) {
        if (figure.national() == null) {
            return Percentages.NONE;
        }
        return switch (figure.unit()) {
            case "percent", "percent change" -> Percentages.ofDouble(figure.national(), language);
            default -> count(Math.round(figure.national()), language);
        };
    }

    /** What a section's text becomes with the figures put in: after what was typed, with a blank line between. */
    public String insertedInto(String typed, UiLanguage language) {
        String paragraph = figures.text().in(language);
        return typed == null || typed.isBlank() ? paragraph : typed.stripTrailing() + "\n\n" + paragraph;
    }

    private static String count(long number, UiLanguage language) {
        return Numbers.count(number, language);
    }
}
