package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The ministry: the regions overview, registering a region and adding partners; the monitor team only reads. */
class MinistryRegionsIT extends PortalIT {

    @Test
    void anAdminFindsDrontenRegistersARegionAndIsToldWhatIsWrongWithAPartner() {
        visit.logIn("ministry", "sto-ministry", "admin").menu("Regio-overzicht");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Regio-overzicht");
        visit.checked("ministry-overview");

        page.getByLabel("Gemeente").fill("Dronten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.waitForURL(url -> url.contains("municipality=Dronten"));
        Locator r77 = page.locator("#row-R77");
        assertThat(r77).containsText("Laat toegelaten");
        assertThat(page.locator("#overview tbody tr").filter(new Locator.FilterOptions().setHasNotText("Dronten")))
                .hasCount(0);
        visit.checked("ministry-overview-dronten");

        r77.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#region-tranche")).hasText("Laat toegelaten");
        assertThat(page.locator("#region-advice")).containsText("beoordelingscommissie");
        visit.checked("ministry-region-R77");

        String code = "PT-" + runId();
        visit.menu("Regio-overzicht");
        page.locator("#register-link").click();
        assertThat(visit.heading()).hasText("Regio registreren");
        page.locator("#register-region-code").fill(code);
        page.locator("#register-region-name").fill("Portaltest " + code);
        page.locator("#register-region-tranche").selectOption("LATE");
        page.locator("#register-region-adviceReference").fill("BC-" + code);
        page.locator("#register-region button[type=submit]").click();
        page.waitForURL(url -> url.contains("/ministry/regions/" + code));
        assertThat(page.locator("#region-name")).hasText("Portaltest " + code);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De regio is geregistreerd.");
        assertThat(page.locator("#region-tranche")).hasText("Laat toegelaten");
        // Just registered: its deadlines are there, or being prepared; never "cannot be shown".
        assertThat(page.locator("#obligations-unavailable")).hasCount(0);
        visit.checked("ministry-region-registered");

        visit.expand("Partner toevoegen");
        page.locator("#add-partner-role").selectOption("business");
        page.locator("#add-partner-identifierType").selectOption("KVK");
        page.locator("#add-partner-identifier").fill("1234");
        page.locator("#add-partner-name").fill("Demo: Testbedrijf " + code);
        page.locator("#add-partner button[type=submit]").click();
        assertThat(page.locator("#add-partner-identifier-error")).containsText("dit heeft niet de vorm die hier hoort");
        assertThat(page.locator("#add-partner-identifier")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#add-partner-identifier")).hasValue("1234");
        assertThat(page.locator("#add-partner .error-summary")).isFocused();
        visit.checked("ministry-partner-refused");
    }

    @Test
    void theMonitorTeamSeesTheOverviewButNoForms() {
        visit.logIn("ministry", "sto-ministry", "monitor").menu("Regio-overzicht");
        Page page = visit.page();
        assertThat(page.locator("#overview tbody tr").first()).isVisible();
        assertThat(page.locator("#register-link")).hasCount(0);
        visit.checked("monitor-overview");
        assertThat(visit.open("ministry/overview/register").status()).isEqualTo(403);
        assertThat(visit.heading()).hasText("Geen toegang");
        visit.menu("Regio-overzicht");

        // Found by its code: a developer's database may hold more regions than fit on the first page.
        page.getByLabel("Naam of code").fill("R01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.locator("#row-R01").getByRole(AriaRole.LINK).click();
        visit.awaitChart();
        assertThat(page.locator("#region-your-role")).containsText("Monitor");
        assertThat(page.locator("main form")).hasCount(0);
        assertThat(page.locator("main details")).hasCount(0);
        assertThat(page.locator("#audit-link")).hasCount(0);
        visit.checked("monitor-region-R01");
    }
}
