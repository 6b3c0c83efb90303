package nl.sto.reports.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObligationStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The rule the amendment's dry run shows and its statement applies: late or ended is open again ahead. */
    @ParameterizedTest(name = "{0} moved to {1}: {2}")
    @CsvSource({
        "OVERDUE, 2027-01-15, OPEN",
        "OVERDUE, 2026-12-07, OPEN",
        "OVERDUE, 2026-12-06, OVERDUE",
        "ENDED, 2027-01-01, OPEN",
        "OPEN, 2027-01-01, OPEN",
        "OPEN, 2025-01-01, OPEN",
        "SUBMITTED, 2027-01-01, SUBMITTED",
        "ACCEPTED, 2027-01-01, ACCEPTED",
        "RETURNED, 2027-01-01, RETURNED"
    })
    void aMoveOpensWhatWasLateOnlyWhenTheNewDateIsTodayOrLater(ObligationStatus before, LocalDate to,
            ObligationStatus after) {
        assertThat(before.afterMoveTo(to, TODAY)).isEqualTo(after);
    }
}
