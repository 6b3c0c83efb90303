package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.client.regions.RegionViews.Allowed;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionViews.Statement;
import nl.sto.portal.client.regions.RegionViews.Year;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

class RegionPageTest {

    private static RegionPage page(List<Statement> history) {
        return new RegionPage("business", RegionFixtures.region(RegionRole.BUSINESS, "ACTIVE"),
                new Allowed(true, false, false, false), history,
                RegionObligations.UNAVAILABLE, RegionReminders.UNAVAILABLE,
                FormFeedback.NONE, Outcome.NONE, LocalDate.of(2025, 6, 1), "{}");
    }

    @Test
    void onlyTheLatestStatementOfAYearCanAwaitConfirmation() {
        RegionPage page = page(List.of(
                RegionFixtures.statement(2024, "1000.00", false, 1),
                RegionFixtures.statement(2024, "1000.00", true, 2),
                RegionFixtures.statement(2025, "500.00", false, 3),
                RegionFixtures.statement(2025, "750.00", false, 4)));

        assertThat(page.awaitingConfirmation()).singleElement()
                .satisfies(s -> {
                    assertThat(s.year()).isEqualTo(2025);
                    assertThat(s.amount()).isEqualByComparingTo("750.00");
                });
    }

    @Test
    void historyIsShownNewestFirstWithoutChangingTheOrderReceived() {
        List<Statement> history = List.of(RegionFixtures.statement(2024, "1.00", false, 1),
                RegionFixtures.statement(2024, "2.00", false, 2));
        RegionPage page = page(history);

        assertThat(page.historyNewestFirst()).extracting(s -> s.amount().toPlainString()).containsExactly("2.00", "1.00");
        assertThat(page.history()).isEqualTo(history);
    }

    @Test
    void formsPostBelowThePageOfTheirAudience() {
        RegionPage page = page(List.of());

        assertThat(page.path()).isEqualTo("/business/regions/R01");
        assertThat(page.action("cofinancing")).isEqualTo("/business/regions/R01/cofinancing");
        assertThat(page.rowAction("cofinancing", 2025, "confirm")).isEqualTo("/business/regions/R01/cofinancing/2025/confirm");
        assertThat(page.rowAction("contacts", "c1", "")).isEqualTo("/business/regions/R01/contacts/c1");
        assertThat(page.formId("confirm", 2025)).isEqualTo("confirm-2025");
        assertThat(page.thisYear()).isEqualTo(2025);
    }

    @Test
    void theCommitmentFormSuggestsAYearTheRegionHasAGrantFor() {
        RegionDetail granted = new RegionDetail("R01", "Demo: Emmen", "1", LocalDate.of(2020, 3, 1), null, "ACTIVE",
                null, null, true, RegionRole.BUSINESS, null, null, List.of(year(2020, "1"), year(2021, "1"),
                        year(2022, "1"), year(2023, "1"), year(2024, "0")), null, null, null, null);

        assertThat(pageOn(granted, LocalDate.of(2026, 12, 7)).commitmentYear()).as("after the programme")
                .isEqualTo(2023);
        assertThat(pageOn(granted, LocalDate.of(2021, 5, 1)).commitmentYear()).isEqualTo(2021);
        assertThat(pageOn(granted, LocalDate.of(2019, 5, 1)).commitmentYear()).as("before it").isEqualTo(2020);
        assertThat(pageOn(RegionFixtures.region(RegionRole.BUSINESS, "ACTIVE"), LocalDate.of(2026, 12, 7))
                .commitmentYear()).as("no grant yet").isEqualTo(2026);
    }

    private static Year year(int year, String grant) {
        return new Year(year, new BigDecimal(grant), BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    private static RegionPage pageOn(RegionDetail region, LocalDate today) {
        return new RegionPage("business", region, new Allowed(true, false, false, false),
                List.of(), RegionObligations.UNAVAILABLE, RegionReminders.UNAVAILABLE, FormFeedback.NONE,
                Outcome.NONE, today, "{}");
    }
}
