package nl.sto.reports.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.ProblemException;
import nl.sto.contracts.regulation.DeadlineChange;

class AmendmentRulesTest {

    static final Regulation REGULATION = regulation();
    static final List<KindDefinition> KINDS = List.of(fixed("PROGRESS_REPORT_1", 1), fixed("PROGRESS_REPORT_2", 2),
            fixed("FINAL_REPORT", 3), fixed("SPENDING_PERIOD_END", 4), yearly("ANNUAL_FIGURES", 5));
    /** Version 2 (Stcrt. 2021, nr. 40070), the version the 2023 amendment builds on. */
    static final RegulationVersion IN_FORCE = inForce();

    @Test
    void the2023AmendmentMovesTheSecondProgressReportAndTheEndOfSpending() {
        Deadlines next = AmendmentRules.check(amendment(LocalDate.of(2023, 7, 19), Map.of(
                "PROGRESS_REPORT_2", LocalDate.of(2023, 10, 1),
                "SPENDING_PERIOD_END", LocalDate.of(2025, 1, 1))), REGULATION, KINDS, IN_FORCE);

        assertThat(IN_FORCE.deadlines().changesTo(next)).containsExactly(
                new DeadlineChange("PROGRESS_REPORT_2", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1)),
                new DeadlineChange("SPENDING_PERIOD_END", LocalDate.of(2024, 8, 1), LocalDate.of(2025, 1, 1)));
        assertThat(next.of("PROGRESS_REPORT_1")).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(next.of("FINAL_REPORT")).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(next.dates()).containsOnlyKeys("PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT",
                "SPENDING_PERIOD_END");
    }

    @Test
    void theSpendingPeriodMayNowEndAfterTheFinalReport() {
        // The rule "spending ends before the final report" is gone: a period ending after 1 Dec 2024 is fine.
        Deadlines next = AmendmentRules.check(amendment(LocalDate.of(2023, 7, 19), Map.of(
                "SPENDING_PERIOD_END", LocalDate.of(2025, 6, 1))), REGULATION, KINDS, IN_FORCE);
        assertThat(next.of("SPENDING_PERIOD_END")).isAfter(next.of("FINAL_REPORT"));
    }

    @Test
    void anUnknownKindIsRefusedNamingTheKindsThereAre() {
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("OUTLINE_PLAN", LocalDate.of(2024, 1, 1))),
                "deadlines.OUTLINE_PLAN", "is not an obligation kind of STO-2020-2023");
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("progress_report_1", LocalDate.of(2024, 1, 1))),
                "deadlines.progress_report_1", "PROGRESS_REPORT_1");
    }

    @Test
    void aKindDueByARuleHasNoDateToMove() {
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("ANNUAL_FIGURES", LocalDate.of(2024, 1, 1))),
                "deadlines.ANNUAL_FIGURES", "falls due by a rule (YEARLY)");
    }

    @Test
    void aDeadlineOutsideTheRegulationsPeriodIsRefused() {
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("FINAL_REPORT", LocalDate.of(2026, 1, 1))),
                "deadlines.FINAL_REPORT", "outside the regulation's period (2019-04-01 to 2025-12-31)");
        assertRefused(amendment(LocalDate.of(2019, 1, 1), Map.of("FINAL_REPORT", LocalDate.of(2019, 3, 31)),
                LocalDate.of(2021, 6, 1)), "deadlines.FINAL_REPORT", "outside the regulation's period");
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("FINAL_REPORT", LocalDate.of(2101, 1, 1))),
                "deadlines.FINAL_REPORT", "must lie between");
    }

    @Test
    void aDeadlineBeforeThePublicationIsRefusedNamingTheDeadline() {
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("PROGRESS_REPORT_2", LocalDate.of(2023, 7, 18))),
                "deadlines.PROGRESS_REPORT_2", "before the amendment's publication on 2023-07-19");
        // The day of publication itself can be met.
        Deadlines sameDay = AmendmentRules.check(amendment(LocalDate.of(2023, 7, 19),
                Map.of("PROGRESS_REPORT_2", LocalDate.of(2023, 7, 19))), REGULATION, KINDS, IN_FORCE);
        assertThat(sameDay.of("PROGRESS_REPORT_2")).isEqualTo(LocalDate.of(2023, 7, 19));
    }

    @Test
    void aDeadlineWithoutADateIsRefused() {
        Map<String, LocalDate> deadlines = new HashMap<>();
        deadlines.put("FINAL_REPORT", null);
        assertRefused(amendment(LocalDate.of(2023, 7, 19), deadlines), "deadlines.FINAL_REPORT", "must be a date");
    }

    @Test
    void anAmendmentTakingEffectBeforeTheVersionInForceIsRefused() {
        assertRefused(amendment(LocalDate.of(2021, 5, 1), Map.of("FINAL_REPORT", LocalDate.of(2024, 11, 1)),
                LocalDate.of(2021, 5, 27)), "effectiveOn", "must not lie before 2021-05-28");
        // On the same day as the version in force is allowed.
        assertThat(AmendmentRules.check(amendment(LocalDate.of(2021, 5, 1),
                Map.of("FINAL_REPORT", LocalDate.of(2024, 11, 1)), LocalDate.of(2021, 5, 28)), REGULATION, KINDS,
                IN_FORCE).of("FINAL_REPORT")).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        assertRefused(amendment(LocalDate.of(2023, 7, 19), Map.of("FINAL_REPORT", LocalDate.of(2024, 12, 1))),
                "deadlines", "changes no deadline of the version in force (Stcrt. 2021, nr. 40070)");
    }

    private static void assertRefused(Amendment amendment, String field, String because) {
        assertThatThrownBy(() -> AmendmentRules.check(amendment, REGULATION, KINDS, IN_FORCE))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.message()).contains(because);
                    });
                });
    }

    private static Amendment amendment(LocalDate published, Map<String, LocalDate> deadlines) {
        return amendment(published, deadlines, published.plusDays(1));
    }

    private static Amendment amendment(LocalDate published, Map<String, LocalDate> deadlines, LocalDate effective) {
        return new Amendment("Wijziging (test)", "Test amendment", published, effective, "test", deadlines);
    }

    private static Regulation regulation() {
        Regulation regulation = new Regulation();
        regulation.id = "STO-2020-2023";
        regulation.periodFrom = LocalDate.of(2019, 4, 1);
        regulation.periodTo = LocalDate.of(2025, 12, 31);
        regulation.publishedOn = LocalDate.of(2019, 3, 1);
        regulation.effectiveOn = LocalDate.of(2019, 4, 1);
        regulation.status = RegulationStatus.PUBLISHED;
        return regulation;
    }

    private static KindDefinition fixed(String code, int position) {
        KindDefinition kind = new KindDefinition();
        kind.regulationId = "STO-2020-2023";
        kind.code = code;
        kind.position = position;
        kind.dueRule = Due.Rule.FIXED;
        return kind;
    }

    private static KindDefinition yearly(String code, int position) {
        KindDefinition kind = fixed(code, position);
        kind.dueRule = Due.Rule.YEARLY;
        kind.dueMonth = 3;
        kind.dueDay = 1;
        return kind;
    }

    private static RegulationVersion inForce() {
        RegulationVersion version = new RegulationVersion();
        version.regulationId = "STO-2020-2023";
        version.number = 2;
        version.legalReference = "Stcrt. 2021, nr. 40070";
        version.effectiveOn = LocalDate.of(2021, 5, 28);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("PROGRESS_REPORT_1", LocalDate.of(2021, 11, 1));
        dates.put("PROGRESS_REPORT_2", LocalDate.of(2023, 7, 1));
        dates.put("FINAL_REPORT", LocalDate.of(2024, 12, 1));
        dates.put("SPENDING_PERIOD_END", LocalDate.of(2024, 8, 1));
        version.setDeadlines(new Deadlines(dates));
        return version;
    }
}
