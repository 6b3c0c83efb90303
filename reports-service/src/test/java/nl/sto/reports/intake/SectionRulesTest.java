package nl.sto.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.Problem.FieldError;
import nl.sto.contracts.regulation.ObligationKind;
import nl.sto.reports.intake.SectionContent.AmountsPerYear;
import nl.sto.reports.intake.SectionContent.YearAmount;

class SectionRulesTest {

    @Test
    void progressReport1RequiresTheAimsCovidAndCofinancing() {
        assertThat(SectionRules.missing(ObligationKind.PROGRESS_REPORT_1, Set.of())).extracting(FieldError::field)
                .containsExactly("sections.aim-duurzaam", "sections.aim-dekkend",
                        "sections.aim-kwalitatief-hoogstaand", "sections.covid-19", "sections.cofinancing-realised");
        assertThat(SectionRules.of(ObligationKind.PROGRESS_REPORT_1).get(Section.PLAN_ADJUSTMENTS))
                .isEqualTo(SectionRules.Need.OPTIONAL);
    }

    @Test
    void progressReport2HasCovidAsOptional() {
        assertThat(SectionRules.of(ObligationKind.PROGRESS_REPORT_2).get(Section.COVID_19))
                .isEqualTo(SectionRules.Need.OPTIONAL);
        assertThat(SectionRules.has(ObligationKind.PROGRESS_REPORT_2, Section.SPENDING_PER_YEAR)).isFalse();
    }

    @Test
    void finalReportAccountsForTheMoneyAndHasNoPlanAdjustments() {
        assertThat(SectionRules.missing(ObligationKind.FINAL_REPORT, Set.of(Section.AIM_DUURZAAM,
                Section.AIM_DEKKEND, Section.AIM_KWALITATIEF, Section.COFINANCING_REALISED)))
                .extracting(FieldError::field)
                .containsExactly("sections.spending-per-year", "sections.financial-accounting");
        assertThat(SectionRules.has(ObligationKind.FINAL_REPORT, Section.PLAN_ADJUSTMENTS)).isFalse();
    }

    @Test
    void theSpendingPeriodHasNoSections() {
        assertThat(SectionRules.of(ObligationKind.SPENDING_PERIOD_END)).isEmpty();
    }

    @Test
    void everyReportKindHasItsSectionsDefined() {
        for (ObligationKind kind : ObligationKind.values()) {
            assertThat(SectionRules.of(kind).isEmpty()).as(kind.name()).isEqualTo(!kind.isReport());
        }
    }

    @Test
    void spendingMustFallWithinTheSpendingPeriod() {
        AmountsPerYear spending = new AmountsPerYear(List.of(new YearAmount(2019, BigDecimal.ONE),
                new YearAmount(2020, BigDecimal.ONE), new YearAmount(2024, BigDecimal.ONE),
                new YearAmount(2025, BigDecimal.ONE)), null);

        assertThat(SectionRules.spendingOutsidePeriod(spending, LocalDate.of(2024, 8, 1)))
                .extracting(FieldError::field).containsExactly("years[0].year", "years[3].year");
        // A period that ends on 1 January leaves nothing to spend in that year.
        assertThat(SectionRules.spendingOutsidePeriod(spending, LocalDate.of(2024, 1, 1)))
                .extracting(FieldError::field).containsExactly("years[0].year", "years[2].year", "years[3].year");
    }

    @Test
    void amountsAreExactNonNegativeEuros() {
        AmountsPerYear amounts = new AmountsPerYear(List.of(new YearAmount(2021, new BigDecimal("-1")),
                new YearAmount(2022, new BigDecimal("10.005")), new YearAmount(2022, new BigDecimal("3")),
                new YearAmount(null, null)), null);

        assertThat(amounts.problems()).extracting(FieldError::field).containsExactly("years[0].amount",
                "years[1].amount", "years[2].year", "years[3].year", "years[3].amount");
        assertThat(new AmountsPerYear(List.of(), null).problems()).extracting(FieldError::field)
                .containsExactly("years");
        assertThat(((AmountsPerYear) new AmountsPerYear(List.of(new YearAmount(2021, new BigDecimal("12.5"))), null)
                .normalised()).years().get(0).amount()).isEqualByComparingTo("12.50").hasToString("12.50");
    }

    @Test
    void textSectionsMustSaySomething() {
        assertThat(new SectionContent.Aim(" ", null).problems()).extracting(FieldError::field)
                .containsExactly("activities", "results");
        assertThat(new SectionContent.Text("x".repeat(SectionContent.MAX_TEXT + 1)).problems())
                .extracting(FieldError::field).containsExactly("text");
        assertThat(new SectionContent.Text("Geen aanpassingen").problems()).isEmpty();
    }
}
