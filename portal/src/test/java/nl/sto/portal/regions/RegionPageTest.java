package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.client.regions.RegionViews.Statement;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

class RegionPageTest {

    private static RegionPage page(List<Statement> history) {
        return new RegionPage("business", RegionFixtures.region(RegionRole.BUSINESS, "ACTIVE"),
                new RegionPermissions(true, false, false, false, false, false), history,
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
}
