package nl.sto.portal.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.sto.portal.UiLanguage;

/**
 * Euro amounts as people read and type them: {@code € 1.234.567,89} in Dutch, {@code €1,234,567.89} in English.
 * Written out by hand rather than through the JDK's locale data, whose Dutch currency format has changed between
 * Java versions.
 */
public final class EuroAmounts {

    /** Between the sign and the amount in Dutch, so that a narrow table cell never breaks "€" from its number. */
    private static final String NO_BREAK_SPACE = "\u00a0";

    private EuroAmounts() {
    }

    public static String format(BigDecimal amount, UiLanguage language) {
        Separators separators = Separators.of(language);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(separators.grouping());
        symbols.setDecimalSeparator(separators.decimal());
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + (language == UiLanguage.NL ? "€" + NO_BREAK_SPACE : "€") + format.format(amount.abs());
    }

    /**
     * Reads an amount typed in a form: digits, optionally grouped in threes by the language's grouping separator
     * ({@code 1.234.567} in Dutch), optionally with cents after the language's decimal separator; ungrouped
     * amounts may use either {@code ,} or {@code .} for the cents ({@code 1234,5} and {@code 1234.50} are
     * unambiguous). A leading {@code €} and spaces are ignored. Empty when the text is no such amount, e.g.
     * negative or with more than two decimals; {@code 1.234} in English is not read as 1234.
     */
    public static Optional<BigDecimal> parse(String text, UiLanguage language) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace("€", "").replaceAll("[\\s\u00a0\u202f]", "");
        Separators separators = Separators.of(language);
        if (separators.grouped().matcher(compact).matches()) {
            String plain = compact.replace(String.valueOf(separators.grouping()), "")
                    .replace(separators.decimal(), '.');
            return Optional.of(new BigDecimal(plain).setScale(2));
        }
        if (Separators.UNGROUPED.matcher(compact).matches()) {
            return Optional.of(new BigDecimal(compact.replace(',', '.')).setScale(2));
        }
        return Optional.empty();
    }

    private record Separators(char grouping, char decimal, Pattern grouped) {

        static final Pattern UNGROUPED = Pattern.compile("\\d+([.,]\\d{1,2})?");
        static final Separators DUTCH = new Separators('.', ',', Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?"));
        static final Separators ENGLISH = new Separators(',', '.', Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?"));

        static Separators of(UiLanguage language) {
            return language == UiLanguage.NL ? DUTCH : ENGLISH;
        }
    }
}
