package nl.sto.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DutchHolidaysTest {

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(DutchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(DutchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DutchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DutchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theMovableHolidaysOf2026() {
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 5, 14))).as("Ascension Day").isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 5, 26))).as("the day after Whit Monday").isFalse();
    }

    @Test
    void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void fixedHolidays() {
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2027, 5, 5))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Friday 25 December 2026 and the weekend: the working day before is Thursday 24 December.
        assertThat(WorkingDays.onOrBefore(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2026, 12, 24));
        // After Thursday 24 December 2026 comes Monday 28 December.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WorkingDays.onOrBefore(LocalDate.of(2026, 12, 9))).isEqualTo(LocalDate.of(2026, 12, 9));
    }
}
