package nl.sto.reports.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.ProblemException;
import nl.sto.contracts.regulation.ObligationKind;

class AmendmentRulesTest {

    static final RegulationVersion IN_FORCE = inForce();

    @Test
    void theCovidAmendmentMovesThreeDeadlines() {
        Deadlines next = AmendmentRules.check(amendment(LocalDate.of(2021, 5, 27), Map.of(
                ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 11, 1),
                ObligationKind.FINAL_REPORT, LocalDate.of(2024, 12, 1),
                ObligationKind.SPENDING_PERIOD_END, LocalDate.of(2024, 8, 1))), IN_FORCE);

        assertThat(IN_FORCE.deadlines().changesTo(next)).extracting(c -> c.kind()).containsExactly(
                ObligationKind.PROGRESS_REPORT_1, ObligationKind.FINAL_REPORT, ObligationKind.SPENDING_PERIOD_END);
        assertThat(next.progressReport2()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aDeadlineBeforeThePublicationIsRefusedNamingTheDeadline() {
        assertRefused(amendment(LocalDate.of(2021, 10, 15), Map.of(
                ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 10, 14))),
                "deadlines.PROGRESS_REPORT_1", "before the amendment's publication on 2021-10-15");
    }

    @Test
    void aSpendingPeriodEndingAfterTheFinalReportIsRefused() {
        assertRefused(amendment(LocalDate.of(2021, 5, 27), Map.of(
                ObligationKind.SPENDING_PERIOD_END, LocalDate.of(2024, 9, 1))),
                "deadlines.SPENDING_PERIOD_END", "after the final report is due on 2024-07-01");
    }

    @Test
    void anAmendmentTakingEffectBeforeTheVersionInForceIsRefused() {
        Amendment early = new Amendment("Stcrt. 2019, nr. 1", "Early", LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 1, 1), "test", Map.of(ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 11, 1)));
        assertRefused(early, "effectiveOn", "must not lie before 2019-04-01");
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        assertRefused(amendment(LocalDate.of(2021, 5, 27), Map.of(
                ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 10, 1))), "deadlines", "changes no deadline");
    }

    private static void assertRefused(Amendment amendment, String field, String because) {
        assertThatThrownBy(() -> AmendmentRules.check(amendment, IN_FORCE))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.message()).contains(because);
                    });
                });
    }

    private static Amendment amendment(LocalDate published, Map<ObligationKind, LocalDate> deadlines) {
        return new Amendment("Stcrt. 2021, nr. 40070", "COVID-19", published, published, "test", deadlines);
    }

    private static RegulationVersion inForce() {
        RegulationVersion version = new RegulationVersion();
        version.number = 1;
        version.legalReference = "Subsidieregeling sterk techniekonderwijs 2020-2023";
        version.effectiveOn = LocalDate.of(2019, 4, 1);
        version.setDeadlines(new Deadlines(LocalDate.of(2021, 10, 1), LocalDate.of(2023, 7, 1),
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 1, 1)));
        return version;
    }
}
