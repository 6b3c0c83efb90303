package nl.sto.portal.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.sto.portal.UiLanguage;

/** Shares as percentages with one decimal: {@code 45,3%} in Dutch, {@code 45.3%} in English. */
public final class Percentages {

    /** Shown where there is no share, e.g. co-financing in a year without a grant to compare it with. */
    public static final String NONE = "–";

    private Percentages() {
    }

    public static String format(BigDecimal percentage, UiLanguage language) {
        if (percentage == null) {
            return NONE;
        }
        String number = percentage.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (language == UiLanguage.NL ? number.replace('.', ',') : number) + "%";
    }

    /** A share computed as a double (monitor-service's indicators); {@link #NONE} for none. */
    public static String ofDouble(Double percentage, UiLanguage language) {
        if (percentage == null || percentage.isNaN() || percentage.isInfinite()) {
            return NONE;
        }
        return format(BigDecimal.valueOf(percentage), language);
    }
}
