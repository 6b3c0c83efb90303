package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The ministry's deadlines page: why each date is what it is, who is late, and amending the regulation with a dry
 * run first. The amendment here moves only the second progress report, which no other test relies on.
 */
class DeadlinesIT extends PortalIT {

    @Test
    void anAdminSeesWhyEachDateIsWhatItIsPreviewsAnAmendmentAndPublishesIt() {
        visit.logIn("ministry", "sto-ministry", "admin").menu("Termijnen");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Termijnen en de regeling");
        assertThat(page.locator("#version-2")).containsText("Stcrt. 2021, nr. 40070");
        assertThat(page.locator("#version-2")).containsText("1 december 2024");
        assertThat(page.locator("#version-1")).containsText("1 oktober 2021");
        visit.reloadUntil(page.locator("#overdue-table tbody tr"), "R01");
        visit.checked("ministry-deadlines");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String reference = "Stcrt. portaltest, nr. " + runId();
        page.getByLabel("Vindplaats").fill(reference);
        page.getByLabel("Titel").fill("Tweede voortgangsrapportage later");
        page.getByLabel("Gepubliceerd op").fill(today.toString());
        page.getByLabel("In werking per").fill(today.toString());
        page.getByLabel("Bron en toelichting").fill("Portaltest");
        page.getByLabel("Tweede voortgangsrapportage").fill(today.minusDays(1).toString());
        page.locator("#amend button[type=submit]").click();
        assertThat(page.locator("#amend .error-summary")).containsText("before the amendment's publication");
        visit.checked("ministry-amendment-refused");

        LocalDate later = today.plusYears(3).plusDays(runId().hashCode() & 0xff);
        page.getByLabel("Tweede voortgangsrapportage").fill(later.toString());
        page.locator("#amend button[type=submit]").click();
        Locator preview = page.locator("#preview");
        assertThat(preview).containsText("verplichtingen van");
        assertThat(page.locator("#preview-changes")).containsText("Tweede voortgangsrapportage");
        assertThat(page.locator("#preview-table")).containsText("R01");
        visit.checked("ministry-amendment-preview");

        page.locator("#publish button[type=submit]").click();
        assertThat(page.locator("#regulation .outcome")).containsText("De wijziging is gepubliceerd");
        assertThat(page.locator("#regulation article").first()).containsText(reference);
        assertThat(page.locator("#regulation article").first()).containsText("geldt nu");
    }

    @Test
    void theMonitorTeamReadsTheDeadlinesButCannotAmend() {
        visit.logIn("ministry", "sto-ministry", "monitor").menu("Termijnen");
        assertThat(visit.page().locator("#regulation")).containsText("Stcrt. 2021, nr. 40070");
        assertThat(visit.page().locator("#amend")).hasCount(0);
        visit.checked("monitor-deadlines");
    }
}
