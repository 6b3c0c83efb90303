package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A business partner of R01 states its co-financing for a year and confirms it, or withdraws a wrong one. */
class BusinessCofinancingIT extends PortalIT {

    /** A year without demo co-financing, so its row in the table is this business' commitment alone. */
    private static final String YEAR = "2030";

    @Test
    void statesAndConfirmsItsCofinancingAndSeesItInTheHistoryAndTheChartsTable() {
        visit.logIn("business", "sto-businesses", "biz-r01").menu("Mijn regio's");
        Page page = visit.page();
        Locator r01 = page.locator("#my-regions tbody tr").filter(new Locator.FilterOptions().setHasText("R01"));
        assertThat(r01).containsText("Bedrijf");
        r01.getByRole(AriaRole.LINK).click();
        visit.awaitChart();
        visit.checked("business-region-R01");

        // A different amount every run: the demo database keeps earlier runs' statements.
        long euros = 1_000 + System.currentTimeMillis() % 9_000;
        String typed = String.format("%d.%03d,50", euros / 1000, euros % 1000);
        String shown = "€ " + typed;

        page.locator("#state-commitment-year").fill(YEAR);
        page.locator("#state-commitment-amount").fill("veel geld");
        page.locator("#state-commitment button[type=submit]").click();
        assertThat(page.locator("#state-commitment-amount-error")).containsText("vul een bedrag in euro's in");
        assertThat(page.locator("#state-commitment-amount")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#state-commitment-year")).hasValue(YEAR);
        visit.checked("business-commitment-refused");

        page.locator("#state-commitment-amount").fill(typed);
        page.getByLabel("In natura").check();
        page.locator("#state-commitment button[type=submit]").click();
        assertThat(page.locator("#commitment .outcome")).containsText("Uw toezegging is doorgegeven");
        Locator latest = page.locator("#commitment-history tbody tr").first();
        assertThat(latest).containsText(YEAR);
        assertThat(latest).containsText(shown);
        assertThat(latest).containsText("In natura");
        assertThat(latest).containsText("nog niet bevestigd");
        visit.checked("business-commitment-stated");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toezegging " + YEAR + " bevestigen")).click();
        assertThat(page.locator("#commitment .outcome")).hasText("Uw toezegging is bevestigd.");
        assertThat(latest).containsText("bevestigd");
        assertThat(latest).not().containsText("nog niet");
        Locator yearRow = page.locator("#money-table tbody tr").filter(new Locator.FilterOptions().setHasText(YEAR));
        assertThat(yearRow.locator("td").nth(1)).hasText(shown);
        visit.awaitChart();
        page.waitForFunction("year => window.Chart.getChart(document.getElementById('money-chart'))"
                + ".data.labels.includes(year)", YEAR);
        visit.checked("business-commitment-confirmed");
    }

    @Test
    void withdrawsACommitmentStatedForTheWrongYear() {
        String wrongYear = "2031";
        visit.logIn("business", "sto-businesses", "biz-r01").menu("Mijn regio's");
        Page page = visit.page();
        page.locator("#my-regions tbody tr").filter(new Locator.FilterOptions().setHasText("R01"))
                .getByRole(AriaRole.LINK).click();
        visit.awaitChart();

        page.locator("#state-commitment-year").fill(wrongYear);
        page.locator("#state-commitment-amount").fill("2.500");
        page.locator("#state-commitment button[type=submit]").click();
        assertThat(page.locator("#commitment .outcome")).containsText("Uw toezegging is doorgegeven");
        assertThat(page.locator("#awaiting-confirmation")).containsText(wrongYear + ": € 2.500,00");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toezegging " + wrongYear + " intrekken"))
                .click();
        assertThat(page.locator("#commitment .outcome")).hasText("Uw toezegging is ingetrokken; zij telt niet meer mee.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Toezegging " + wrongYear + " bevestigen"))).hasCount(0);
        Locator latest = page.locator("#commitment-history tbody tr").first();
        assertThat(latest).containsText(wrongYear);
        assertThat(latest).containsText("ingetrokken");
        assertThat(page.locator("#money-table tbody tr").filter(new Locator.FilterOptions().setHasText(wrongYear)))
                .hasCount(0);
        visit.checked("business-commitment-withdrawn");
    }
}
