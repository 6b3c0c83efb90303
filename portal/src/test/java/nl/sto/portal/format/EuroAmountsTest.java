package nl.sto.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sto.portal.UiLanguage;

class EuroAmountsTest {

    /** The sign and the number are held together by a no-break space, which looks like a space. */
    private static final String NBSP = "\u00a0";

    @Test
    void dutchAmountsUseDotsForThousandsAndACommaForCents() {
        assertThat(EuroAmounts.format(new BigDecimal("1234567.89"), UiLanguage.NL)).isEqualTo("€" + NBSP + "1.234.567,89");
        assertThat(EuroAmounts.format(new BigDecimal("0"), UiLanguage.NL)).isEqualTo("€" + NBSP + "0,00");
        assertThat(EuroAmounts.format(new BigDecimal("25000.5"), UiLanguage.NL)).isEqualTo("€" + NBSP + "25.000,50");
    }

    @Test
    void englishAmountsUseCommasForThousandsAndADotForCents() {
        assertThat(EuroAmounts.format(new BigDecimal("1234567.89"), UiLanguage.EN)).isEqualTo("€1,234,567.89");
    }

    @Test
    void centsAreRoundedHalfUp() {
        assertThat(EuroAmounts.format(new BigDecimal("0.125"), UiLanguage.EN)).isEqualTo("€0.13");
    }

    @Test
    void aNegativeAmountKeepsItsSignInFront() {
        assertThat(EuroAmounts.format(new BigDecimal("-12.5"), UiLanguage.NL)).isEqualTo("-€" + NBSP + "12,50");
    }

    @ParameterizedTest
    @CsvSource({
            "'1.234.567,89', 1234567.89",
            "'€ 1.234.567,89', 1234567.89",
            "'25.000', 25000.00",
            "'25000', 25000.00",
            "'25000,5', 25000.50",
            "'25000.50', 25000.50",
            "' 1 250 ', 1250.00",
            "'0', 0.00"})
    void readsWhatDutchPeopleType(String typed, BigDecimal expected) {
        assertThat(EuroAmounts.parse(typed, UiLanguage.NL)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "'1,234,567.89', 1234567.89",
            "'25,000', 25000.00",
            "'25000.5', 25000.50",
            "'25000,50', 25000.50"})
    void readsWhatEnglishPeopleType(String typed, BigDecimal expected) {
        assertThat(EuroAmounts.parse(typed, UiLanguage.EN)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "1,2345", "12.345,678", "1.23.456", "1,234.56,7"})
    void refusesWhatIsNoAmountInDutch(String typed) {
        assertThat(EuroAmounts.parse(typed, UiLanguage.NL)).isEmpty();
    }

    @Test
    void aDotWithThreeDigitsIsAThousandInDutchButTooManyCentsInEnglish() {
        assertThat(EuroAmounts.parse("1.234", UiLanguage.NL)).contains(new BigDecimal("1234.00"));
        assertThat(EuroAmounts.parse("1.234", UiLanguage.EN)).isEmpty();
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertThat(EuroAmounts.parse(null, UiLanguage.NL)).isEmpty();
    }
}
