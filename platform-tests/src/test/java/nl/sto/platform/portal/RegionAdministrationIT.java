package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A ministry-admin keeps a region up to date through its page: plan, grant, partners, audit trail, closing. On a
 * region of its own, so the demo regions stay as they are.
 */
class RegionAdministrationIT extends PortalIT {

    @Test
    void anAdminEditsThePlanAwardsAGrantManagesPartnersReadsTheAuditTrailAndClosesTheRegion() {
        String code = "PA-" + runId();
        RegionsApi.register(code, "Portaltest " + code);
        visit.logIn("ministry", "sto-ministry", "admin");
        visit.open("ministry/regions/" + code);
        Page page = visit.page();
        assertThat(page.locator("#no-money")).isVisible();
        visit.checked("admin-region-new");

        visit.expand("Naam en plan bewerken");
        page.locator("#edit-plan-duurzaam").fill("Een blijvend techniekplatform in de regio.");
        page.locator("#edit-plan button[type=submit]").click();
        assertThat(page.locator("#plan .outcome")).hasText("Naam en plan zijn opgeslagen.");
        assertThat(page.locator("#plan .aims")).containsText("Een blijvend techniekplatform in de regio.");

        visit.expand("Subsidie toekennen");
        page.locator("#award-grant-year").fill("2024");
        page.locator("#award-grant-amount").fill("1.250.000");
        page.locator("#award-grant button[type=submit]").click();
        assertThat(page.locator("#money .outcome")).hasText("De subsidie is toegekend.");
        Locator year2024 = page.locator("#money-table tbody tr").filter(new Locator.FilterOptions().setHasText("2024"));
        assertThat(year2024.locator("td").first()).hasText("€ 1.250.000,00");
        visit.awaitChart();
        visit.checked("admin-grant-awarded");

        // A second grant for the same year is refused by the service; its reason is shown with the form.
        visit.expand("Subsidie toekennen");
        page.locator("#award-grant-year").fill("2024");
        page.locator("#award-grant-amount").fill("5");
        page.locator("#award-grant button[type=submit]").click();
        assertThat(page.locator("#award-grant .error-summary")).containsText("voor 2024 is al een subsidie toegekend");
        assertThat(page.locator("#award-grant-amount")).hasValue("5");
        visit.checked("admin-grant-refused");

        String partner = "Demo: Testbedrijf " + code;
        visit.expand("Partner toevoegen");
        page.locator("#add-partner-role").selectOption("business");
        page.locator("#add-partner-identifierType").selectOption("KVK");
        page.locator("#add-partner-identifier").fill("99000077");
        page.locator("#add-partner-name").fill(partner);
        page.locator("#add-partner-municipality").fill("Dronten");
        page.locator("#add-partner button[type=submit]").click();
        assertThat(page.locator("#partners .outcome")).hasText("De partner is toegevoegd.");
        Locator active = page.locator("#active-partners tbody tr").filter(new Locator.FilterOptions().setHasText(partner));
        assertThat(active).containsText("99000077");

        active.locator("summary").click();
        active.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen " + partner)).click();
        assertThat(page.locator("#partners .outcome")).hasText("De partner is verwijderd.");
        assertThat(page.locator("#former-partners")).containsText(partner);
        assertThat(page.locator("#active-partners")).hasCount(0);
        visit.checked("admin-partner-removed");

        page.locator("#audit-link").click();
        assertThat(visit.heading()).hasText("Audittrail – Portaltest " + code);
        // In sentences; the raw entries are folded away under "Technische gegevens".
        Locator trail = page.locator("#audit-trail");
        assertThat(trail).containsText("meldde " + partner + " af als partner per ");
        assertThat(trail).containsText("voegde " + partner + " toe als partner.");
        assertThat(trail).containsText("kende de subsidie voor 2024 toe: € 1.250.000,00.");
        assertThat(trail).containsText("wijzigde de naam of het plan van de regio.");
        assertThat(trail).containsText("registreerde de regio Portaltest " + code + ", toegelaten op ");
        assertThat(trail.locator("details.technical").first()).containsText("partner.left");
        visit.checked("admin-audit-trail");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar Portaltest " + code)).click();
        visit.expand("Regio sluiten");
        page.locator("#close-region-reason").fill("Einde van de test");
        page.locator("#close-region button[type=submit]").click();
        visit.checked("admin-region-close-confirm");
        visit.confirm("Regio sluiten?", "Portaltest " + code + " (" + code + ") wordt gesloten per ");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De regio is gesloten.");
        assertThat(page.locator("#region-status")).containsText("Gesloten");
        assertThat(page.locator("#edit-plan")).hasCount(0);
        assertThat(page.locator("#add-partner")).hasCount(0);
        visit.checked("admin-region-closed");
    }

    @Test
    void theFormsWorkWithoutJavaScriptAsPlainPostsWithARedirect() {
        visit.logIn("school", "sto-schools", "lead-r01");
        PortalVisit plain = withoutJavaScript();
        Page page = plain.page();
        plain.open("school/regions/R01");

        String name = "Zonder script " + runId();
        // details/summary open without JavaScript too; the form is an ordinary HTML form.
        plain.expand("Contactpersoon toevoegen");
        page.locator("#add-contact-name").fill(name);
        page.locator("#add-contact-email").fill("zonder.script@example.org");
        page.locator("#add-contact-role").fill("Docent");
        page.locator("#add-contact button[type=submit]").click();

        // Post/redirect/get: the answer to the post is the region page again, with the outcome in its address.
        page.waitForURL(RunningPlatform.PORTAL + "/school/regions/R01?done=contact-added#contacts");
        assertThat(page.locator("#contacts .outcome")).hasText("De contactpersoon is toegevoegd.");
        Locator row = page.locator("#contact-list tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("Docent");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen " + name)).click();
        plain.confirm("Contactpersoon verwijderen?", name);
        page.waitForURL(RunningPlatform.PORTAL + "/school/regions/R01?done=contact-removed#contacts");
        assertThat(page.locator("#contacts")).not().containsText(name);
    }
}
