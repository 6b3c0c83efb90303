package nl.sto.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;

class NumbersTest {

    @Test
    void countsAreGroupedAsEachLanguageDoes() {
        assertThat(Numbers.count(61508, UiLanguage.NL)).isEqualTo("61.508");
        assertThat(Numbers.count(61508, UiLanguage.EN)).isEqualTo("61,508");
        assertThat(Numbers.count(0, UiLanguage.NL)).isEqualTo("0");
    }

    @Test
    void numbersHaveAtMostOneDecimal() {
        assertThat(Numbers.format(1234.56, UiLanguage.NL)).isEqualTo("1.234,6");
        assertThat(Numbers.format(-1.0, UiLanguage.EN)).isEqualTo("-1");
        assertThat(Numbers.format(null, UiLanguage.NL)).isEqualTo("–");
    }

    @Test
    void sharesComputedAsDoublesAreShownAsPercentages() {
        assertThat(Percentages.ofDouble(19.1245, UiLanguage.NL)).isEqualTo("19,1%");
        assertThat(Percentages.ofDouble(19.1245, UiLanguage.EN)).isEqualTo("19.1%");
        assertThat(Percentages.ofDouble(null, UiLanguage.NL)).isEqualTo("–");
        assertThat(Percentages.ofDouble(Double.NaN, UiLanguage.NL)).isEqualTo("–");
    }
}
