package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The ministry's deadlines and regulations: who is late, why each date is what it is (a regulation's versions and
 * their sources), and amending a regulation with a dry run first. The amendment here moves only the 2025-2028
 * regulation's activity plan for 2027-2028, which no other test relies on.
 */
class DeadlinesIT extends PortalIT {

    @Test
    void anAdminSeesWhyEachDateIsWhatItIsPreviewsAnAmendmentAndPublishesIt() {
        visit.logIn("ministry", "sto-ministry", "admin").menu("Termijnen");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Termijnen en de regeling");
        visit.reloadUntil(page.locator("#overdue-table tbody tr"), "R01");
        // The earliest due first, 50 a page; one kind at a time on request.
        assertThat(page.locator("#overdue-table tbody tr")).hasCount(50);
        assertThat(page.locator("nav.pagination")).containsText("Volgende pagina");
        page.locator("#overdue-counts").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Eindverslag")).first().click();
        page.waitForURL(url -> url.contains("kind="));
        assertThat(page.locator("#overdue-table tbody tr").first()).containsText("Eindverslag");
        assertThat(page.locator("#overdue-table tbody tr").filter(new Locator.FilterOptions()
                .setHasNotText("Eindverslag"))).hasCount(0);
        assertThat(page.locator("#regulations")).containsText("Subsidieregeling sterk techniekonderwijs 2025-2028");
        visit.checked("ministry-deadlines");

        visit.menu("Regelingen");
        assertThat(visit.heading()).hasText("Regelingen");
        assertThat(page.locator("#regulation-STO-2025-2028")).containsText("Stcrt. 2024, nr. 11193");
        assertThat(page.locator("#regulation-STO-2020-2023")).containsText("Gepubliceerd");
        visit.checked("ministry-regulations");
        page.locator("#regulation-STO-2020-2023 a").click();
        assertThat(page.locator("#version-2")).containsText("Stcrt. 2021, nr. 40070");
        assertThat(page.locator("#version-2")).containsText("1 december 2024");
        assertThat(page.locator("#version-1")).containsText("1 oktober 2021");
        assertThat(page.locator("#version-3")).containsText("19 juli 2023");
        assertThat(page.locator("#version-3")).containsText("geldt nu");
        assertThat(page.locator("#kind-PROGRESS_REPORT_1")).containsText("Gevolgen van COVID-19");
        visit.checked("ministry-regulation-2020-2023");

        visit.open("ministry/regulations/STO-2025-2028");
        assertThat(page.locator("#kind-ACTIVITY_PLAN_2027_2028")).containsText("activiteitenplan en begroting 2027-2028");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String reference = "Stcrt. portaltest, nr. " + runId();
        page.getByLabel("Vindplaats").fill(reference);
        page.getByLabel("Titel").fill("Activiteitenplan 2027-2028 later");
        page.getByLabel("Gepubliceerd op").fill(today.toString());
        page.getByLabel("In werking per").fill(today.toString());
        page.getByLabel("Bron en toelichting").fill("Portaltest");
        Locator activityPlan = page.locator("#amend-deadlines\\.ACTIVITY_PLAN_2027_2028");
        activityPlan.fill(today.minusDays(1).toString());
        page.locator("#amend button[type=submit]").click();
        assertThat(page.locator("#amend .error-summary")).containsText("dit mag niet vóór ");
        visit.checked("ministry-amendment-refused");

        LocalDate later = today.plusDays(30 + (runId().hashCode() & 0x1ff));
        activityPlan.fill(later.toString());
        page.locator("#amend button[type=submit]").click();
        Locator preview = page.locator("#preview");
        assertThat(preview).containsText("verplichtingen van");
        assertThat(page.locator("#preview-changes")).containsText("2027-2028");
        assertThat(page.locator("#preview-table")).containsText("R01");
        visit.checked("ministry-amendment-preview");

        page.locator("#publish button[type=submit]").click();
        assertThat(page.locator("#regulation .outcome")).containsText("De wijziging is gepubliceerd");
        assertThat(page.locator("#regulation article").first()).containsText(reference);
        assertThat(page.locator("#regulation article").first()).containsText("geldt nu");
    }

    @Test
    void theMonitorTeamReadsTheRegulationsButCannotAmend() {
        visit.logIn("ministry", "sto-ministry", "monitor").menu("Regelingen");
        assertThat(visit.page().locator("#new-draft")).hasCount(0);
        visit.page().locator("#regulation-STO-2020-2023 a").click();
        assertThat(visit.page().locator("#regulation")).containsText("Stcrt. 2021, nr. 40070");
        assertThat(visit.page().locator("#amend")).hasCount(0);
        visit.checked("monitor-regulation");
    }
}
