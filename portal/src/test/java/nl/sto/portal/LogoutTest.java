package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A logout ends the session for good: only the logout button (a form post) logs out, a copy of the session cookie
 * taken before is refused afterwards, and a logout at Keycloak itself ends the portal session too (Keycloak's
 * back-channel logout to this portal: the test Keycloak's realms point it at port 8089, see the pom).
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class LogoutTest extends BrowserTest {

    @Test
    void aLinkToTheLogoutPathDoesNotLogOut() {
        logIn("school", "sto-schools", "lead-r01");

        page.navigate(portal("school/logout"));

        // Still logged in: the account page, with the logout button.
        assertThat(page).hasURL(portal("school/me"));
        assertThat(page.locator("#user-username")).hasText("lead-r01");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
    }

    @Test
    void aCopyOfTheSessionCookieIsRefusedAfterTheLogout() {
        logIn("school", "sto-schools", "lead-r01");
        List<Cookie> copied = sessionCookies("school");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        page.waitForURL(url -> url.equals(portal("")) || url.startsWith(portal("?")));

        // Another browser with the copied cookie is sent to the login, and shown none of the account's data.
        try (BrowserContext thief = newContext(copied)) {
            Page stolen = thief.newPage();
            stolen.navigate(portal("school/me"));
            new KeycloakLoginPage(stolen, keycloakUrl()).expectFor("sto-schools");
        }
        given().redirects().follow(false)
                .cookies(copied.stream().collect(Collectors.toMap(c -> c.name, c -> c.value)))
                .when().get("/school/me")
                .then().statusCode(302).header("Location", startsWith(keycloakUrl()));
    }

    @Test
    void aLogoutAtKeycloakEndsThePortalSession() {
        logIn("school", "sto-schools", "lead-r01");

        // The person logs out at Keycloak's own page, not through the portal: the portal's cookie stays behind.
        page.navigate(keycloakUrl() + "/realms/sto-schools/protocol/openid-connect/logout");
        page.locator("#kc-logout").click();
        assertThat(page.locator("#kc-logout")).hasCount(0);
        assertThat(sessionCookies("school")).isNotEmpty();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            page.navigate(portal("school/me"));
            assertThat(page.url()).startsWith(keycloakUrl() + "/realms/sto-schools/protocol/openid-connect/auth?");
        });
    }

    @Test
    void theBackChannelRefusesWhatIsNotAKeycloakLogoutToken() {
        given().formParam("logout_token", "not-a-token")
                .when().post("/back-channel-logout/school")
                .then().statusCode(400);
        given().formParam("logout_token", ForgedLogoutToken.signedByAnotherKey(keycloakUrl() + "/realms/sto-schools"))
                .when().post("/back-channel-logout/school")
                .then().statusCode(400);
        given().when().post("/back-channel-logout/school").then().statusCode(400);
        given().formParam("logout_token", "x").when().post("/back-channel-logout/nobody").then().statusCode(404);
    }
}
