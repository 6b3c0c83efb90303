package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.browsertest.Accessibility;

@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class HomePageTest extends BrowserTest {

    @Test
    void offersTheThreeLoginsInDutchAndIsAccessible() {
        page.navigate(portal(""));

        assertThat(page).hasTitle("Sterk Techniekonderwijs – portaal");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Sterk Techniekonderwijs – portaal").setLevel(1))).isVisible();
        assertThat(loginLink("Inloggen als school")).hasAttribute("href", "/school/login");
        assertThat(loginLink("Inloggen als bedrijf")).hasAttribute("href", "/business/login");
        assertThat(loginLink("Inloggen als ministerie of monitorteam")).hasAttribute("href", "/ministry/login");
        assertThat(page.locator("main")).containsText("voor het monitorteam");
        assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
        assertThat(page.getByRole(AriaRole.BANNER)).isVisible();
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).isVisible();

        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "home-nl");
    }

    @Test
    void skipLinkIsTheFirstStopForKeyboardUsersAndMovesFocusToTheContent() {
        page.navigate(portal(""));

        page.keyboard().press("Tab");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Naar de inhoud"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();

        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
    }

    @Test
    void englishToggleSwitchesLanguageAndIsRemembered() {
        page.navigate(portal(""));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle("Sterk Techniekonderwijs – portal");
        assertThat(loginLink("Log in as a school")).hasAttribute("href", "/school/login");
        assertThat(loginLink("Log in as a business")).hasAttribute("href", "/business/login");
        assertThat(loginLink("Log in as the ministry or monitor team")).hasAttribute("href", "/ministry/login");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "home-en");

        // The choice is kept in a cookie, so a plain visit (e.g. back from a login) stays English.
        page.navigate(portal(""));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void loadsHtmxFromTheWebjar() {
        page.navigate(portal(""));

        // htmx sets window.htmx when its script ran; the script is deferred, so wait for it.
        page.waitForFunction("() => window.htmx !== undefined");
        assertEquals("2.0.4", page.evaluate("() => window.htmx.version"));
    }

    private Locator loginLink(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(name).setExact(true));
    }
}
