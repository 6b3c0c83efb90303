package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.browsertest.Accessibility;

/**
 * Where the login leads, per role: ministry-admins and reviewers to the ministry's start page, the monitor team to the
 * monitor's dashboard (schools and businesses to their account page: {@link LoginTest}). monitor-service does not run
 * in these tests, so the start page shows its compliance parts as not available, and still renders.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class StartPageTest extends BrowserTest {

    @Test
    void aMinistryAdminStartsWithTheComplianceSummaryTheRegionsAtRiskAndTheTasks() {
        logIn("ministry", "sto-ministry", "admin", "ministry/start");

        assertThat(heading()).hasText("Start");
        assertThat(page.locator("#summary-title")).hasText("Stand van de verplichtingen");
        assertThat(page.locator("#summary-unavailable")).containsText("niet beschikbaar");
        assertThat(page.locator("#at-risk-title")).isVisible();
        assertThat(page.locator("#at-risk-unavailable")).containsText("niet beschikbaar");
        Locator tasks = page.locator("#tasks");
        assertThat(tasks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rapportages")))
                .hasAttribute("href", "/ministry/reports");
        assertThat(tasks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Naleving")))
                .hasAttribute("href", "/ministry/monitor/compliance");
        assertThat(menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start")))
                .hasAttribute("aria-current", "page");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "start-ministry");

        page.locator("header .language").getByRole(AriaRole.LINK).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#tasks-title")).hasText("Your tasks");
        assertThat(page.locator("#summary-unavailable")).containsText("not available");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "start-ministry-en");

        // The account page stays in the menu.
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My details")).click();
        assertThat(page).hasURL(portal("ministry/me"));
        assertThat(page.locator("#user-roles")).containsText("ministry-admin");
    }

    @Test
    void aReviewerStartsThereToo() {
        logIn("ministry", "sto-ministry", "reviewer", "ministry/start");

        assertThat(page.locator("#summary-unavailable")).isVisible();
        assertThat(menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mijn gegevens")))
                .hasAttribute("href", "/ministry/me");
    }

    @Test
    void theMonitorTeamStartsOnTheDashboard() {
        logIn("ministry", "sto-ministry", "monitor", "ministry/monitor");

        assertThat(heading()).hasText("Monitor");
        assertThat(page.locator("#indicators-unavailable")).containsText("niet beschikbaar");
        assertThat(page.locator("#feed-unavailable")).isVisible();
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "start-monitor");
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator menu() {
        return page.locator(".area-nav");
    }
}
