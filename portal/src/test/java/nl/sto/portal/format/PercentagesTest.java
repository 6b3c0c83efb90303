package nl.sto.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;

class PercentagesTest {

    @Test
    void oneDecimalWithTheLanguagesSeparator() {
        assertThat(Percentages.format(new BigDecimal("45.3"), UiLanguage.NL)).isEqualTo("45,3%");
        assertThat(Percentages.format(new BigDecimal("45.3"), UiLanguage.EN)).isEqualTo("45.3%");
        assertThat(Percentages.format(new BigDecimal("100"), UiLanguage.NL)).isEqualTo("100,0%");
        assertThat(Percentages.format(new BigDecimal("12.35"), UiLanguage.EN)).isEqualTo("12.4%");
    }

    @Test
    void noShareIsADash() {
        assertThat(Percentages.format(null, UiLanguage.NL)).isEqualTo("–");
    }
}
