package nl.sto.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;

class DatesTest {

    @Test
    void datesAreWrittenOutInTheLanguage() {
        LocalDate admitted = LocalDate.of(2021, 2, 1);

        assertThat(Dates.format(admitted, UiLanguage.NL)).isEqualTo("1 februari 2021");
        assertThat(Dates.format(admitted, UiLanguage.EN)).isEqualTo("1 February 2021");
    }

    @Test
    void momentsAreShownInDutchTime() {
        // 23:30 UTC on 31 March 2025 is already 1 April in Amsterdam (summer time, UTC+2).
        OffsetDateTime moment = OffsetDateTime.of(2025, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC);

        assertThat(Dates.format(moment, UiLanguage.NL)).isEqualTo("1 april 2025, 01:30");
    }

    @Test
    void noDateIsEmpty() {
        assertThat(Dates.format((LocalDate) null, UiLanguage.NL)).isEmpty();
    }
}
