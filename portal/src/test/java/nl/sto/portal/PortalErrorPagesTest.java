package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import nl.sto.browsertest.Accessibility;

/**
 * An address the portal has no page for, and a fault of the portal itself, each get the portal's own error page in the
 * person's language, with the way back, rather than Quarkus' bare English page.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class PortalErrorPagesTest extends BrowserTest {

    /** Only in the tests: a page whose code fails, as a bug would. */
    @Path("/test-only/fault")
    public static class FailingPage {

        @GET
        public String fail() {
            throw new IllegalStateException("a bug, for the test");
        }
    }

    @Test
    void anUnknownAddressIsPaginaNietGevondenInDutchAndPageNotFoundInEnglish() {
        Response answer = page.navigate(portal("geen-pagina/hier"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Pagina niet gevonden");
        assertThat(page.locator(".lead")).containsText("bestaat niet in het portaal");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Sterk Techniekonderwijs – portaal")).first()).isVisible();
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "error-no-such-page");

        answer = page.navigate(portal("geen-pagina/hier?lang=en"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
    }

    @Test
    void aFaultOfThePortalIsItsOwnErrorPageWithoutTechnicalDetail() {
        Response answer = page.navigate(portal("test-only/fault"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Er ging iets mis");
        assertThat(page.locator(".lead")).containsText("Er is niets gewijzigd");
        assertThat(page.content()).doesNotContain("IllegalStateException").doesNotContain("a bug, for the test");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void theFrameworksOtherRefusalsKeepTheirOwnAnswer() {
        Response answer = page.navigate(portal("school/regions"));

        assertThat(answer.url()).as("an anonymous visitor is sent to log in").contains("/realms/sto-schools/");
    }
}
