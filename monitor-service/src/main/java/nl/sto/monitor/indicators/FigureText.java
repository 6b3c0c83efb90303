package nl.sto.monitor.indicators;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import nl.sto.contracts.regulation.Names;
import nl.sto.monitor.indicators.RegionFigures.Figure;

/** A region's figures as the paragraph a report section starts from, in the way each language writes numbers. */
final class FigureText {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private FigureText() {
    }

    static Names of(String region, List<Figure> figures) {
        if (figures.isEmpty()) {
            return new Names("Voor regio " + region + " zijn nog geen cijfers van de STO-monitor beschikbaar.",
                    "The STO monitor has no figures for region " + region + " yet.");
        }
        StringBuilder nl = new StringBuilder("Cijfers van regio " + region + " uit de STO-monitor:\n");
        StringBuilder en = new StringBuilder("Figures of region " + region + " from the STO monitor:\n");
        for (Figure figure : figures) {
            nl.append("- ").append(figure.title().nl()).append(" (").append(figure.schoolYear()).append("): ")
                    .append(line(figure, DUTCH, "van", "landelijk")).append('\n');
            en.append("- ").append(figure.title().en()).append(" (").append(figure.schoolYear()).append("): ")
                    .append(line(figure, Locale.UK, "of", "nationally")).append('\n');
        }
        return new Names(nl.toString().strip(), en.toString().strip());
    }

    private static String line(Figure figure, Locale locale, String of, String nationally) {
        String value = switch (figure.unit()) {
            case "percent" -> number(figure.value(), locale) + "% (" + whole(figure.numerator(), locale) + " " + of
                    + " " + whole(figure.denominator(), locale) + ")";
            case "percent change" -> (figure.value() > 0 ? "+" : "") + number(figure.value(), locale) + "%";
            default -> whole(figure.numerator(), locale) + " " + of + " " + whole(figure.denominator(), locale);
        };
        if (figure.national() == null) {
            return value;
        }
        String national = switch (figure.unit()) {
            case "percent", "percent change" -> number(figure.national(), locale) + "%";
            default -> whole(Math.round(figure.national()), locale);
        };
        return value + "; " + nationally + " " + national;
    }

    private static String number(double value, Locale locale) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    private static String whole(long value, Locale locale) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
