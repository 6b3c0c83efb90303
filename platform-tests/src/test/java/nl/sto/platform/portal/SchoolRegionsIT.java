package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** Schools: the lead of R01 and its region page, and a school of another region that may not see R01. */
class SchoolRegionsIT extends PortalIT {

    @Test
    void theLeadSeesR01WithChartAndPartnersAndMaintainsItsContactPersons() {
        visit.logIn("school", "sto-schools", "lead-r01").menu("Mijn regio's");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Mijn regio's");
        Locator r01 = page.locator("#my-regions tbody tr").filter(new Locator.FilterOptions().setHasText("R01"));
        assertThat(r01).containsText("Penvoerder");
        visit.checked("school-my-regions");

        r01.getByRole(AriaRole.LINK).click();
        page.waitForURL(RunningPlatform.PORTAL + "/school/regions/R01");
        assertThat(page.locator("#region-your-role")).hasText("Penvoerder");
        visit.awaitChart();
        assertThat(page.locator("#money-table tbody tr").first()).isVisible();
        assertThat(page.locator("#active-partners")).containsText("41509");
        assertThat(page.locator("#active-partners")).containsText("Penvoerder");
        // A lead maintains contacts, but administers nothing else and co-finances nothing.
        assertThat(page.locator("#add-partner")).hasCount(0);
        assertThat(page.locator("#commitment")).hasCount(0);
        visit.checked("school-region-R01");

        String name = "Testcontact " + runId();
        visit.expand("Contactpersoon toevoegen");
        page.locator("#add-contact-name").fill(name);
        String email = name.replace(' ', '.').toLowerCase() + "@example.org";
        page.locator("#add-contact-email").fill(email);
        page.locator("#add-contact-role").fill("Coördinator techniek");
        page.locator("#add-contact-language").selectOption("en");
        page.locator("#add-contact button[type=submit]").click();
        assertThat(page.locator("#contacts .outcome")).hasText("De contactpersoon is toegevoegd.");
        Locator row = page.locator("#contact-list tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("Coördinator techniek");
        assertThat(row).containsText("Engels");
        visit.checked("school-region-R01-contact-added");

        row.locator("summary").filter(new Locator.FilterOptions().setHasText("Wijzigen")).click();
        row.getByLabel("Functie").fill("Penvoerder techniek");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#contacts .outcome")).hasText("De contactpersoon is gewijzigd.");
        assertThat(row).containsText("Penvoerder techniek");
        visit.checked("school-region-R01-contact-changed");

        // Removing asks first; cancelling leaves the contact as it was.
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen " + name)).click();
        assertThat(visit.heading()).hasText("Contactpersoon verwijderen?");
        assertThat(page.locator("#confirm-text")).containsText(name + " (" + email + ") is daarna geen contactpersoon");
        assertThat(page.locator("#confirm-text")).containsText("krijgt geen herinneringen meer voor deze regio");
        visit.checked("school-region-R01-contact-remove-confirm");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuleren")).click();
        assertThat(row).containsText("Penvoerder techniek");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen " + name)).click();
        visit.confirm("Contactpersoon verwijderen?", name);
        assertThat(page.locator("#contacts .outcome")).hasText("De contactpersoon is verwijderd.");
        assertThat(page.locator("#contacts")).not().containsText(name);
    }

    @Test
    void theLeadSeesWhatR01OwesByWhenAndWhyEachDateIsWhatItIs() {
        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("school/regions/R01#obligations");
        Page page = visit.page();

        // Obligations follow from the region's admission event, and become overdue at reports-service's next check.
        assertThat(page.locator("#obligations")).isVisible();
        visit.reloadUntil(page.locator("#obligation-FINAL_REPORT"), "Te laat");
        Locator progress = page.locator("#obligation-PROGRESS_REPORT_1");
        assertThat(progress).containsText("Eerste voortgangsrapportage");
        assertThat(progress).containsText("1 november 2021");
        assertThat(progress).containsText("Vastgesteld in Stcrt. 2021, nr. 40070.");
        assertThat(progress).containsText(
                "Verschoven van 1 oktober 2021 naar 1 november 2021 door Stcrt. 2021, nr. 40070");
        assertThat(page.locator("#obligation-FINAL_REPORT")).containsText("1 december 2024");
        // the 2023 amendment lets regions spend over all of 2024 and moved the second progress report
        assertThat(page.locator("#obligation-SPENDING_PERIOD_END")).containsText("1 januari 2025");
        assertThat(page.locator("#obligation-SPENDING_PERIOD_END")).containsText(
                "Wijziging Subsidieregeling sterk techniekonderwijs 2020-2023 (19 juli 2023)");
        assertThat(page.locator("#obligation-PROGRESS_REPORT_2")).containsText("1 oktober 2023");
        assertThat(page.locator("#regulation-STO-2020-2023")).containsText("Subsidieregeling sterk techniekonderwijs 2020-2023");
        assertThat(page.locator("#regulation-STO-2025-2028 #obligation-OUTLINE_PLAN")).containsText("1 oktober 2024");
        visit.checked("school-region-R01-obligations");
    }

    @Test
    void theRegionPageSpeaksEnglishWhenChosen() {
        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("school/regions/R01?lang=en");

        assertThat(visit.page().locator("html")).hasAttribute("lang", "en");
        assertThat(visit.page().locator("#contacts-title")).hasText("Contact persons");
        assertThat(visit.page().locator("#region-your-role")).hasText("Lead applicant");
        visit.awaitChart();
        visit.checked("school-region-R01-en");
    }

    @Test
    void aSchoolOfAnotherRegionGetsNoAccessToR01() {
        // The school is a partner of R02 alone: the login leads straight to that region.
        visit.logIn("school", "sto-schools", "school-r02");
        assertThat(visit.page()).hasURL(RunningPlatform.PORTAL + "/school/regions/R02");
        assertThat(visit.page().locator("#region-your-role")).isVisible();
        visit.menu("Mijn regio's");
        assertThat(visit.page().locator("#my-regions")).containsText("R02");
        assertThat(visit.page().locator("#my-regions")).not().containsText("R01");

        Response response = visit.open("school/regions/R01");

        assertThat(response.status()).isEqualTo(403);
        assertThat(visit.heading()).hasText("Geen toegang");
        assertThat(visit.page().locator("main")).not().containsText("Demo: ");
        visit.checked("school-no-access-R01");
    }
}
