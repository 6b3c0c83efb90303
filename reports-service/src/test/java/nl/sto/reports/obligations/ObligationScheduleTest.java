package nl.sto.reports.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regulation.ObligationKind;
import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.regulation.Deadlines;
import nl.sto.reports.regulation.RegulationVersion;

class ObligationScheduleTest {

    static final RegulationVersion ORIGINAL = version(1, "Subsidieregeling sterk techniekonderwijs 2020-2023",
            new Deadlines(LocalDate.of(2021, 10, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 1, 1)));
    static final RegulationVersion COVID = version(2, "Stcrt. 2021, nr. 40070", ORIGINAL.deadlines().with(Map.of(
            ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 11, 1),
            ObligationKind.FINAL_REPORT, LocalDate.of(2024, 12, 1),
            ObligationKind.SPENDING_PERIOD_END, LocalDate.of(2024, 8, 1))));
    static final RegulationVersion SECOND_REPORT = version(3, "Second progress report later",
            COVID.deadlines().with(Map.of(ObligationKind.PROGRESS_REPORT_2, LocalDate.of(2023, 10, 1))));

    @Test
    void aRegionAdmittedUnderTheOriginalShowsEveryLaterMoveWithItsLegalReference() {
        Map<ObligationKind, Derived> derived = byKind(ObligationSchedule.derive(ORIGINAL, List.of(COVID, SECOND_REPORT)));

        Derived progress = derived.get(ObligationKind.PROGRESS_REPORT_1);
        assertThat(progress.dueDate()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(progress.setBy()).isSameAs(COVID);
        assertThat(progress.moves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(LocalDate.of(2021, 10, 1));
            assertThat(move.to()).isEqualTo(LocalDate.of(2021, 11, 1));
            assertThat(move.by().legalReference).isEqualTo("Stcrt. 2021, nr. 40070");
        });
        assertThat(derived.get(ObligationKind.PROGRESS_REPORT_2).setBy()).isSameAs(SECOND_REPORT);
        assertThat(derived.get(ObligationKind.FINAL_REPORT).dueDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(derived.get(ObligationKind.SPENDING_PERIOD_END).dueDate()).isEqualTo(LocalDate.of(2024, 8, 1));
    }

    @Test
    void aRegionAdmittedUnderTheAmendmentGetsItsDatesWithoutHistory() {
        Map<ObligationKind, Derived> derived = byKind(ObligationSchedule.derive(COVID, List.of()));

        assertThat(derived).hasSize(4);
        assertThat(derived.values()).allSatisfy(d -> {
            assertThat(d.moves()).isEmpty();
            assertThat(d.setBy()).isSameAs(COVID);
        });
        assertThat(derived.get(ObligationKind.PROGRESS_REPORT_1).dueDate()).isEqualTo(LocalDate.of(2021, 11, 1));
    }

    @Test
    void aVersionThatRepeatsADateDoesNotMoveIt() {
        Map<ObligationKind, Derived> derived = byKind(ObligationSchedule.derive(COVID, List.of(SECOND_REPORT)));

        assertThat(derived.get(ObligationKind.PROGRESS_REPORT_1).moves()).isEmpty();
        assertThat(derived.get(ObligationKind.PROGRESS_REPORT_1).setBy()).isSameAs(COVID);
        assertThat(derived.get(ObligationKind.PROGRESS_REPORT_2).moves()).hasSize(1);
    }

    static RegulationVersion version(int number, String reference, Deadlines deadlines) {
        RegulationVersion version = new RegulationVersion();
        version.number = number;
        version.legalReference = reference;
        version.progressReport1 = deadlines.progressReport1();
        version.progressReport2 = deadlines.progressReport2();
        version.finalReport = deadlines.finalReport();
        version.spendingPeriodEnd = deadlines.spendingPeriodEnd();
        version.effectiveOn = LocalDate.of(2019, 4, 1).plusYears(number);
        return version;
    }

    private static Map<ObligationKind, Derived> byKind(List<Derived> derived) {
        return derived.stream().collect(java.util.stream.Collectors.toMap(Derived::kind, d -> d));
    }
}
