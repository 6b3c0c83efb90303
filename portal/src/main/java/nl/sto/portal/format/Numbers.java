package nl.sto.portal.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.sto.portal.UiLanguage;

/**
 * Counts and other plain numbers: {@code 11.763} and {@code 12,5} in Dutch, {@code 11,763} and {@code 12.5} in English
 * (at most one decimal). Shares are {@link Percentages}.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String count(long number, UiLanguage language) {
        return pattern("#,##0", language).format(number);
    }

    /** A number with at most one decimal; {@link Percentages#NONE} for none. */
    public static String format(Double number, UiLanguage language) {
        if (number == null || number.isNaN() || number.isInfinite()) {
            return Percentages.NONE;
        }
        return pattern("#,##0.#", language).format(BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP));
    }

    private static DecimalFormat pattern(String pattern, UiLanguage language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(
                language == UiLanguage.NL ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH);
        // Always ASCII minus and a plain dot or comma, whatever the JDK's locale data says.
        symbols.setMinusSign('-');
        symbols.setDecimalSeparator(language == UiLanguage.NL ? ',' : '.');
        symbols.setGroupingSeparator(language == UiLanguage.NL ? '.' : ',');
        return new DecimalFormat(pattern, symbols);
    }
}
