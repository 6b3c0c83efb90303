package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.browsertest.Accessibility;

/** The code flow against the real realms: login per audience, the account page, logout at Keycloak too. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class LoginTest extends BrowserTest {

    @Test
    void schoolUserSeesNameAudienceAndBrin() {
        page.navigate(portal(""));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen als school")).click();
        keycloakLogin().expectFor("sto-schools").logIn("lead-r01", PASSWORD);

        // The login leads to the person's regions (regions-service, not running here, says which).
        assertThat(page).hasURL(portal("school/start"));
        page.navigate(portal("school/me"));
        assertThat(page.locator("#user-name")).hasText("Lieke de Vries");
        assertThat(page.locator("#user-username")).hasText("lead-r01");
        assertThat(page.locator("#user-audience")).containsText("school");
        assertThat(page.locator("#user-organisation")).containsText("41509");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "me-school");
    }

    /**
     * The login page is the portal's, in its language: it names the audience, and a wrong login says which login
     * this is and where the others are.
     */
    @Test
    void theLoginPageNamesItsAudienceInThePortalsLanguage() {
        page.navigate(portal(""));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen als school")).click();
        keycloakLogin().expectFor("sto-schools");

        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("#kc-page-title")).hasText("Inloggen voor scholen");
        assertThat(page.locator("#kc-header-wrapper")).hasText("Sterk Techniekonderwijs");
        page.locator("#username").fill("lead-r01");
        page.locator("#password").fill("niet-het-wachtwoord");
        page.locator("#kc-login").click();
        assertThat(page.locator("#input-error-username")).containsText("Gebruikersnaam of wachtwoord klopt niet. Dit is de "
                + "login voor scholen en schoolbesturen. Werkt u bij een bedrijf, of bij het ministerie of het "
                + "monitorteam? Ga dan terug naar het portaal");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "login-school-refused");

        page.navigate(portal("?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in as the ministry or monitor team"))
                .click();
        keycloakLogin().expectFor("sto-ministry");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#kc-page-title")).hasText("Log in for the ministry and the monitor team");
        assertTrue(page.url().contains("ui_locales=en"), page.url());
        Screenshots.take(page, "login-ministry-en");
    }

    @Test
    void businessUserSeesAudienceAndKvk() {
        logIn("business", "sto-businesses", "biz-r01");
        page.navigate(portal("business/me"));

        assertThat(page.locator("#user-username")).hasText("biz-r01");
        assertThat(page.locator("#user-audience")).containsText("business");
        assertThat(page.locator("#user-organisation")).containsText("99000001");
    }

    @Test
    void ministryAdminSeesTheRoleInEnglishToo() {
        logIn("ministry", "sto-ministry", "admin", "ministry/start");
        page.navigate(portal("ministry/me"));

        assertThat(page.locator("#user-audience")).containsText("ministry");
        assertThat(page.locator("#user-roles")).containsText("ministry-admin");
        // Keycloak's built-in roles say nothing about the programme and are not shown.
        assertThat(page.locator("#user-roles")).not().containsText("default-roles");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#user-roles")).containsText("ministry-admin");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "me-ministry-en");
    }

    @Test
    void accountPageWithoutSessionSendsTheBrowserToKeycloakWithPkce() {
        page.navigate(portal("ministry/me"));

        keycloakLogin().expectFor("sto-ministry");
        assertTrue(page.url().contains("client_id=sto-portal"), page.url());
        assertTrue(page.url().contains("code_challenge_method=S256"), page.url());
    }

    @Test
    void logoutEndsTheLocalAndTheKeycloakSession() {
        logIn("ministry", "sto-ministry", "admin", "ministry/start");
        assertFalse(sessionCookies("ministry").isEmpty(), "session cookie after login");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

        // Back on the start page, after Keycloak's end-session endpoint (which appends its state parameter).
        page.waitForURL(url -> url.equals(portal("")) || url.startsWith(portal("?")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sterk Techniekonderwijs – portaal");
        assertEquals(List.of(), sessionCookies("ministry"), "local session cookie after logout");

        // Keycloak shows its form again: had only the local session ended, its SSO session would log the user
        // straight back in without asking.
        page.navigate(portal("ministry/me"));
        keycloakLogin().expectFor("sto-ministry");
    }

    /**
     * rogue-admin logs in at the schools' realm, which (wrongly) gives them the realm role ministry-admin: the
     * portal honours ministry roles only from the ministry's login, so it shows no such role and no ministry page.
     */
    @Test
    void aMinistryRoleFromTheSchoolsLoginCountsForNothing() {
        logIn("school", "sto-schools", "rogue-admin");
        page.navigate(portal("school/me"));

        assertThat(page.locator("#user-organisation")).containsText("41509");
        assertThat(page.locator("#user-roles")).not().containsText("ministry-admin");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regio-overzicht")))
                .hasCount(0);

        // The ministry's pages belong to the ministry's login, which this session is not.
        page.navigate(portal("ministry/overview"));
        keycloakLogin().expectFor("sto-ministry");
    }

    @Test
    void theThreeAudiencesKeepSeparateSessions() {
        logIn("school", "sto-schools", "lead-r01");
        logIn("business", "sto-businesses", "biz-r01");

        page.navigate(portal("school/me"));
        assertThat(page.locator("#user-organisation")).containsText("41509");
        page.navigate(portal("business/me"));
        assertThat(page.locator("#user-organisation")).containsText("99000001");

        // Each tenant's session cookie carries its name and is only sent to its own paths.
        assertCookiesScopedTo(sessionCookies("school"), "/school");
        assertCookiesScopedTo(sessionCookies("business"), "/business");
        assertEquals(List.of(), sessionCookies("ministry"));
    }

    private static void assertCookiesScopedTo(List<Cookie> cookies, String path) {
        assertFalse(cookies.isEmpty(), "no session cookie for " + path);
        cookies.forEach(cookie -> assertEquals(path, cookie.path, cookie.name));
    }
}
