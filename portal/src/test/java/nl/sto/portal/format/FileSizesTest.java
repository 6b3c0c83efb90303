package nl.sto.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;

class FileSizesTest {

    @Test
    void sizesInBytesKilobytesAndMegabytesInThePersonsNotation() {
        assertThat(FileSizes.format(830, UiLanguage.NL)).isEqualTo("830 bytes");
        assertThat(FileSizes.format(12 * 1024 + 100, UiLanguage.NL)).isEqualTo("12 kB");
        assertThat(FileSizes.format(1536 * 1024, UiLanguage.NL)).isEqualTo("1,5 MB");
        assertThat(FileSizes.format(1536 * 1024, UiLanguage.EN)).isEqualTo("1.5 MB");
    }
}
