package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Posts made in a logged-in person's name by something other than the portal's own forms: without the CSRF token,
 * with a wrong one, or from another site's page. Each is refused with the portal's error page (403), and nothing
 * happens: the contact form's post would otherwise reach regions-service, which these tests do not run, and
 * answer "Dienst niet bereikbaar" (503), as the one post with the right token and origin does.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class CrossSiteRequestTest extends BrowserTest {

    private static final String CONTACTS = "school/regions/R01/contacts";
    private static final String OTHER_SITE = "http://attacker.example";

    private String token;

    @BeforeEach
    void logInAsTheLead() {
        logIn("school", "sto-schools", "lead-r01");
        token = page.locator("meta[name=csrf-token]").getAttribute("content");
    }

    @Test
    void aPostWithoutTheTokenIsRefused() {
        APIResponse response = post(CONTACTS, contact(), portalOrigin());

        assertRefused(response, "Verzoek geweigerd");
        assertThat(response.text()).contains("Er is niets gewijzigd");
    }

    @Test
    void aPostWithAWrongTokenIsRefused() {
        assertRefused(post(CONTACTS, contact().set("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA"), portalOrigin()),
                "Verzoek geweigerd");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
        assertRefused(post(CONTACTS, contact().set("csrf-token", token), OTHER_SITE), "Verzoek geweigerd");

        APIResponse viaReferer = page.request().post(portal(CONTACTS), RequestOptions.create()
                .setForm(contact().set("csrf-token", token)).setHeader("Referer", OTHER_SITE + "/page")
                .setMaxRedirects(0));
        assertRefused(viaReferer, "Verzoek geweigerd");
    }

    @Test
    void thePortalsOwnPostPassesTheChecks() {
        APIResponse response = post(CONTACTS, contact().set("csrf-token", token), portalOrigin());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.text()).contains("Dienst niet bereikbaar");
    }

    @Test
    void theRefusalSpeaksThePersonsLanguage() {
        page.navigate(portal("school/me?lang=en"));

        assertRefused(post(CONTACTS, contact(), portalOrigin()), "Request refused");
    }

    @Test
    void aLogoutWithoutTheTokenLogsNobodyOut() {
        assertRefused(post("school/logout", FormData.create(), portalOrigin()), "Verzoek geweigerd");

        page.navigate(portal("school/me"));
        assertThat(page.locator("#user-username")).hasText("lead-r01");
    }

    @Test
    void htmxSendsTheTokenAsAHeader() {
        page.waitForFunction("() => window.htmx !== undefined");

        Request sent = page.waitForRequest(request -> request.url().endsWith(CONTACTS),
                () -> page.evaluate("url => htmx.ajax('POST', url, {target: '#main', swap: 'none'})", portal(CONTACTS)));

        assertThat(sent.headerValue("x-csrf-token")).isEqualTo(token);
    }

    private APIResponse post(String path, FormData form, String origin) {
        return page.request().post(portal(path), RequestOptions.create().setForm(form).setHeader("Origin", origin)
                .setMaxRedirects(0));
    }

    private static FormData contact() {
        return FormData.create().set("name", "Mallory").set("email", "mallory@attacker.example")
                .set("role", "Contactpersoon").set("language", "nl");
    }

    private String portalOrigin() {
        return root.getProtocol() + "://" + root.getAuthority();
    }

    private static void assertRefused(APIResponse response, String title) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().get("content-type")).startsWith("text/html");
        assertThat(response.text()).contains("<h1>" + title + "</h1>");
    }
}
