package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * One person's visit to the portal in one browser context: logging in through Keycloak, following the menu,
 * and checking every page they see (axe-core, and no Content-Security-Policy violation reported by Chromium) with a
 * screenshot for people to look at afterwards.
 */
final class PortalVisit {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Page page;
    private final List<String> cspViolations = new ArrayList<>();

    PortalVisit(Page page) {
        this.page = page;
        page.onConsoleMessage(message -> {
            if (message.location().startsWith(RunningPlatform.PORTAL)
                    && message.text().contains("Content Security Policy")) {
                cspViolations.add(message.location() + ": " + message.text());
            }
        });
    }

    Page page() {
        return page;
    }

    /** Logs in at the audience's realm and waits for the account page; checks it. */
    PortalVisit logIn(String audience, String realm, String username) {
        page.navigate(RunningPlatform.PORTAL + "/" + audience + "/login");
        String keycloakLogin = RunningPlatform.KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/auth?";
        page.waitForURL(url -> url.startsWith(keycloakLogin));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(RunningPlatform.PORTAL + "/" + audience + "/me");
        return checked(audience + "-" + username + "-me");
    }

    /** Opens a portal path (no leading slash) directly, as a bookmark would; returns the response for its status. */
    Response open(String path) {
        return page.navigate(RunningPlatform.PORTAL + "/" + path);
    }

    /** Follows a link of the area's main menu. */
    PortalVisit menu(String item) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true)).click();
        return this;
    }

    /** The level-1 heading of the page shown. */
    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /**
     * Every page state a person sees passes axe-core (WCAG 2.1 AA) and is screenshotted. Waits for htmx and
     * the chart to settle first, so that what is checked is what people get.
     */
    PortalVisit checked(String screenshot) {
        assertThat(page.locator(".htmx-request")).hasCount(0);
        page.waitForLoadState();
        Accessibility.assertNoViolations(page);
        assertEquals(List.of(), cspViolations, "Content-Security-Policy violations up to " + page.url());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot + ".png"))
                .setFullPage(true));
        return this;
    }

    /** Waits until chart.js drew the bar chart of the region page. */
    void awaitChart() {
        page.waitForFunction("() => window.Chart !== undefined"
                + " && window.Chart.getChart(document.getElementById('money-chart')) !== undefined");
    }

    /** Opens a collapsed form (a details element) by its summary's text. */
    /**
     * Reloads the page until the locator shows something with the text: for what the platform fills in from events,
     * a moment after the action that caused it.
     */
    void reloadUntil(Locator locator, String text) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (locator.filter(new Locator.FilterOptions().setHasText(text)).count() > 0) {
                return true;
            }
            page.reload();
            return false;
        });
    }

    void expand(String summary) {
        page.locator("main summary").filter(new Locator.FilterOptions().setHasText(summary)).first().click();
    }
}
