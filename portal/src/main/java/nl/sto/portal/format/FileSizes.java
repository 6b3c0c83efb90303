package nl.sto.portal.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.sto.portal.UiLanguage;

/** File sizes as people read them: {@code 830 bytes}, {@code 12 kB}, {@code 1,5 MB} (binary units, as files show). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String format(long bytes, UiLanguage language) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        if (bytes < MB) {
            return (bytes + KB / 2) / KB + " kB";
        }
        String megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)
                .toPlainString();
        return (language == UiLanguage.NL ? megabytes.replace('.', ',') : megabytes) + " MB";
    }
}
