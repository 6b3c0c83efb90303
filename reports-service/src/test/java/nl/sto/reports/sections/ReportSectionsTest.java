package nl.sto.reports.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.Problem.FieldError;
import nl.sto.contracts.regulation.Names;
import nl.sto.reports.sections.SectionContent.AmountsPerYear;
import nl.sto.reports.sections.SectionContent.YearAmount;

class ReportSectionsTest {

    /** The first progress report of 2020-2023 as V4 seeds it. */
    static final ReportSections PROGRESS_REPORT_1 = ReportSections.of(List.of(
            catalogue("aim-duurzaam", true), catalogue("aim-dekkend", true),
            catalogue("aim-kwalitatief-hoogstaand", true), catalogue("plan-adjustments", false),
            catalogue("covid-19", true), catalogue("cofinancing-realised", true)));

    /** The final report of 2020-2023 as V4 seeds it. */
    static final ReportSections FINAL_REPORT = ReportSections.of(List.of(
            catalogue("aim-duurzaam", true), catalogue("aim-dekkend", true),
            catalogue("aim-kwalitatief-hoogstaand", true), catalogue("covid-19", false),
            catalogue("cofinancing-realised", true), catalogue("spending-per-year", true),
            catalogue("financial-accounting", true)));

    @Test
    void catalogueSectionsTakeTheirKeyTitleAndShapeFromTheCatalogue() {
        assertThat(PROGRESS_REPORT_1.keys()).containsExactly("aim-duurzaam", "aim-dekkend",
                "aim-kwalitatief-hoogstaand", "plan-adjustments", "covid-19", "cofinancing-realised");
        ReportSections.Section covid = PROGRESS_REPORT_1.find("covid-19").orElseThrow();
        assertThat(covid.type()).isEqualTo(SectionType.COVID_19);
        assertThat(covid.title()).isEqualTo(new Names("Gevolgen van COVID-19", "Consequences of COVID-19"));
        assertThat(covid.required()).isTrue();
        assertThat(covid.contentType()).isEqualTo(SectionContent.Text.class);
        assertThat(PROGRESS_REPORT_1.find("aim-dekkend").orElseThrow().type().shape())
                .isEqualTo(SectionType.Shape.AIM);
        assertThat(PROGRESS_REPORT_1.find("cofinancing-realised").orElseThrow().type().shape())
                .isEqualTo(SectionType.Shape.AMOUNTS);
        assertThat(PROGRESS_REPORT_1.find("plan-adjustments").orElseThrow().required()).isFalse();
    }

    @Test
    void missingListsEveryRequiredSectionNotFilledInTheReportsOrder() {
        assertThat(PROGRESS_REPORT_1.missing(Set.of())).extracting(FieldError::field)
                .containsExactly("sections.aim-duurzaam", "sections.aim-dekkend",
                        "sections.aim-kwalitatief-hoogstaand", "sections.covid-19", "sections.cofinancing-realised");
        assertThat(FINAL_REPORT.missing(Set.of("aim-duurzaam", "aim-dekkend", "aim-kwalitatief-hoogstaand",
                "cofinancing-realised"))).extracting(FieldError::field)
                .containsExactly("sections.spending-per-year", "sections.financial-accounting");
        assertThat(FINAL_REPORT.has("plan-adjustments")).isFalse();
        assertThat(FINAL_REPORT.missing(Set.copyOf(FINAL_REPORT.keys()))).isEmpty();
        // An optional section never needs filling.
        assertThat(FINAL_REPORT.missing(Set.of("aim-duurzaam", "aim-dekkend", "aim-kwalitatief-hoogstaand",
                "cofinancing-realised", "spending-per-year", "financial-accounting"))).isEmpty();
    }

    @Test
    void aFreeTextSectionHasTheRegulationsOwnKeyAndTitleAndHoldsText() {
        Names title = new Names("Begroting 2025-2026", "Budget 2025-2026");
        ReportSections plan = ReportSections.of(List.of(catalogue("aim-duurzaam", true),
                new SectionSpec("free-text", "begroting-2025-2026", title, true)));

        assertThat(plan.keys()).containsExactly("aim-duurzaam", "begroting-2025-2026");
        ReportSections.Section budget = plan.find("begroting-2025-2026").orElseThrow();
        assertThat(budget.type()).isEqualTo(SectionType.FREE_TEXT);
        assertThat(budget.title()).isEqualTo(title);
        assertThat(budget.contentType()).isEqualTo(SectionContent.Text.class);
        assertThat(budget.type().shape()).isEqualTo(SectionType.Shape.TEXT);
        assertThat(plan.has("free-text")).isFalse();
        assertThat(plan.missing(Set.of("aim-duurzaam"))).extracting(FieldError::field)
                .containsExactly("sections.begroting-2025-2026");
    }

    @Test
    void aMilestoneHasNoSections() {
        ReportSections none = ReportSections.of(List.of());
        assertThat(none.sections()).isEmpty();
        assertThat(none.missing(Set.of())).isEmpty();
        assertThat(none.has("aim-duurzaam")).isFalse();
    }

    @Test
    void anUnknownSectionTypeIsNotASection() {
        assertThatThrownBy(() -> ReportSections.of(List.of(catalogue("aim-onbekend", true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aim-onbekend");
    }

    @Test
    void theCatalogueKnowsEveryTypeByItsKey() {
        assertThat(SectionType.values()).extracting(SectionType::key).containsExactly("aim-duurzaam", "aim-dekkend",
                "aim-kwalitatief-hoogstaand", "plan-adjustments", "covid-19", "cofinancing-realised",
                "spending-per-year", "financial-accounting", "free-text");
        for (SectionType type : SectionType.values()) {
            assertThat(SectionType.byKey(type.key())).contains(type);
            assertThat(type.title().nl()).isNotBlank();
            assertThat(type.title().en()).isNotBlank();
        }
        assertThat(SectionType.byKey("AIM_DUURZAAM")).isEmpty();
        assertThat(SectionType.SPENDING_PER_YEAR.shape()).isEqualTo(SectionType.Shape.AMOUNTS);
        assertThat(SectionType.FINANCIAL_ACCOUNTING.shape()).isEqualTo(SectionType.Shape.TEXT);
    }

    @Test
    void spendingMustFallWithinTheSpendingPeriod() {
        AmountsPerYear spending = new AmountsPerYear(List.of(new YearAmount(2019, BigDecimal.ONE),
                new YearAmount(2020, BigDecimal.ONE), new YearAmount(2024, BigDecimal.ONE),
                new YearAmount(2025, BigDecimal.ONE)), null);

        assertThat(ReportSections.spendingOutsidePeriod(spending, LocalDate.of(2024, 8, 1)))
                .extracting(FieldError::field).containsExactly("years[0].year", "years[3].year");
        // A period that ends on 1 January leaves nothing to spend in that year.
        assertThat(ReportSections.spendingOutsidePeriod(spending, LocalDate.of(2024, 1, 1)))
                .extracting(FieldError::field).containsExactly("years[0].year", "years[2].year", "years[3].year");
        // The 2023 amendment: spending up to and including 2024 (the period ends 1 January 2025).
        assertThat(ReportSections.spendingOutsidePeriod(spending, LocalDate.of(2025, 1, 1)))
                .extracting(FieldError::field).containsExactly("years[0].year", "years[3].year");
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

    static SectionSpec catalogue(String type, boolean required) {
        return new SectionSpec(type, null, null, required);
    }
}
