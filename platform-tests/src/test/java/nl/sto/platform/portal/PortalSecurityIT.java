package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/**
 * What the attacks with the demo users tried, against the whole platform: posts in the lead's name that did not
 * come from the portal's own forms change nothing, and a ministry role handed out by the schools' login opens no
 * ministry form.
 */
class PortalSecurityIT extends PortalIT {

    private static final String CONTACTS = RunningPlatform.PORTAL + "/school/regions/R01/contacts";

    @Test
    void postsWithoutTheTokenOrFromAnotherSiteAddNoContact() {
        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("school/regions/R01");
        Page page = visit.page();
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        String name = "Ongevraagd " + runId();

        APIResponse withoutToken = page.request().post(CONTACTS, RequestOptions.create().setForm(contact(name))
                .setHeader("Origin", RunningPlatform.PORTAL).setMaxRedirects(0));
        APIResponse fromAnotherSite = page.request().post(CONTACTS, RequestOptions.create()
                .setForm(contact(name).set("csrf-token", token)).setHeader("Origin", "http://attacker.example")
                .setMaxRedirects(0));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.text()).contains("Verzoek geweigerd");
        assertThat(fromAnotherSite.status()).isEqualTo(403);
        page.reload();
        assertThat(page.locator("#contacts")).isVisible();
        assertThat(page.locator("#contacts")).not().containsText(name);
    }

    @Test
    void aMinistryRoleFromTheSchoolsLoginOpensNoMinistryForm() {
        // rogue-admin: BRIN 41509 like the lead of R01, and the realm role ministry-admin in the schools' realm.
        visit.logIn("school", "sto-schools", "rogue-admin").menu("Mijn gegevens");
        assertThat(visit.page().locator("#user-roles")).not().containsText("ministry-admin");

        visit.open("school/regions/R01");
        Page page = visit.page();
        assertThat(page.locator("#region-your-role")).hasText("Penvoerder");
        assertThat(page.locator("#add-partner")).hasCount(0);
        assertThat(page.locator("#award-grant")).hasCount(0);
        assertThat(page.locator("#close-region")).hasCount(0);
        assertThat(page.locator("#edit-plan")).hasCount(0);
        visit.checked("school-rogue-admin-region-R01");

        visit.open("ministry/overview");
        page.waitForURL(url -> url.startsWith(RunningPlatform.KEYCLOAK + "/realms/sto-ministry/"));
    }

    private static FormData contact(String name) {
        return FormData.create().set("name", name).set("email", "ongevraagd@attacker.example")
                .set("role", "Contactpersoon").set("language", "nl");
    }
}
