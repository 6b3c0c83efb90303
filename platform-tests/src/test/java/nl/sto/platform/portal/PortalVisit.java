package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;

import nl.sto.browsertest.Accessibility;

/**
 * One person's visit to the portal in one browser context: logging in through Keycloak, following the menu,
 * and checking every page they see (axe-core, and no Content-Security-Policy violation reported by Chromium) with a
 * screenshot for people to look at afterwards.
 */
final class PortalVisit {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A common phone's screen in CSS pixels (iPhone 12 to 15). */
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final double SETTLE_MS = 5_000;

    /**
     * The page's width and the outermost elements that stick out to the right (those inside a scrolling region do not
     * widen the page), to tell someone fixing the layout where to look.
     */
    private static final String WHAT_STICKS_OUT = """
            () => {
              const width = window.innerWidth;
              const sticksOut = e => e.getBoundingClientRect().right > width + 0.5;
              const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
              const insideAScroller = e => {
                for (let a = e.parentElement; a; a = a.parentElement) { if (scrolls(a)) return true; }
                return false;
              };
              const outermost = [...document.body.querySelectorAll('*')]
                  .filter(e => sticksOut(e) && !sticksOut(e.parentElement) && !insideAScroller(e));
              return 'the page is ' + document.documentElement.scrollWidth + ' px wide; sticking out: '
                  + outermost.slice(0, 10).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')).join(', ');
            }""";

    /**
     * The text a Dutch page shows in Dutch: everything but what is marked English ({@code lang="en"}: a mail server's
     * answer, the language toggle), code and the page's scripts.
     */
    private static final String DUTCH_TEXT = """
            () => {
              const body = document.body.cloneNode(true);
              body.querySelectorAll('[lang]:not([lang="nl"]), code, pre, script, style, template')
                  .forEach(e => e.remove());
              return body.textContent.replace(/\\s+/g, ' ');
            }""";

    /**
     * Words that give away English (or a developer's text) where Dutch was meant: none is a Dutch word, and each
     * has been seen in a refusal, a default or an error page before.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|must|should|required|whatever|Optional\\[|null"
            + "|undefined|Invalid|Sign in|Forbidden|Not found|Internal Server Error|Bad Request)\\b");

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

    /**
     * Logs in at the audience's realm and waits for the person's start page (the ministry's start page, the monitor's
     * dashboard, or the account page); checks it.
     */
    PortalVisit logIn(String audience, String realm, String username) {
        page.navigate(RunningPlatform.PORTAL + "/" + audience + "/login");
        String keycloakLogin = RunningPlatform.KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/auth?";
        page.waitForURL(url -> url.startsWith(keycloakLogin));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(RunningPlatform.PORTAL + "/" + audience + "/"));
        return checked(audience + "-" + username + "-start");
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

    /**
     * The step before what cannot be undone: the confirmation page with its title says what will happen; confirms
     * it with the page's button.
     */
    PortalVisit confirm(String title, String consequence) {
        assertThat(page.locator("#confirm-title")).hasText(title);
        assertThat(page.locator("#confirm-text")).containsText(consequence);
        page.locator("#confirm button[type=submit]").click();
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
        Accessibility.assertNoWcagViolations(page);
        assertEquals(List.of(), cspViolations, "Content-Security-Policy violations up to " + page.url());
        assertNoEnglishOnADutchPage();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot + ".png"))
                .setFullPage(true));
        return this;
    }

    private void assertNoEnglishOnADutchPage() {
        if (!"nl".equals(page.locator("html").getAttribute("lang"))) {
            return;
        }
        String text = (String) page.evaluate(DUTCH_TEXT);
        Matcher english = ENGLISH.matcher(text);
        if (english.find()) {
            int from = Math.max(0, english.start() - 80);
            fail("English on the Dutch page " + page.url() + ": \"…" + text.substring(from,
                    Math.min(text.length(), english.end() + 80)) + "…\"");
        }
    }

    /**
     * The page shown, read in Dutch and then in English (switched with the toggle in the page header, as a person
     * does), each at the desktop's width and at a phone's: checked like every page, without sideways scrolling on the
     * phone, and with the wording a reader of that language finds. Back in Dutch afterwards.
     */
    PortalVisit checkedInDutchAndEnglish(String screenshot, Wording... wordings) {
        for (Wording wording : wordings) {
            assertThat(page.locator(wording.selector())).containsText(wording.dutch());
        }
        checkedOnDesktopAndPhone(screenshot);
        inEnglish();
        for (Wording wording : wordings) {
            assertThat(page.locator(wording.selector())).containsText(wording.english());
        }
        checkedOnDesktopAndPhone(screenshot + "-en");
        return inDutch();
    }

    /** The page shown, checked at the desktop's width and then at a phone's ({@link #checkedOnAPhone}). */
    PortalVisit checkedOnDesktopAndPhone(String screenshot) {
        return checked(screenshot).checkedOnAPhone(screenshot);
    }

    /**
     * The page shown at a phone's width: nothing in it is wider than the screen, so nobody has to scroll the page
     * sideways (a wide table scrolls within its own region), and it passes the checks of every page. Then the width
     * it had.
     */
    PortalVisit checkedOnAPhone(String screenshot) {
        ViewportSize before = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            awaitNoSidewaysScrolling();
            return checked(screenshot + "-phone");
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }

    /** Shows the page in English with the language toggle of the page header; the portal remembers the choice. */
    PortalVisit inEnglish() {
        return toggleLanguage("English", "en");
    }

    /** Shows the page in Dutch with the language toggle of the page header; the portal remembers the choice. */
    PortalVisit inDutch() {
        return toggleLanguage("Nederlands", "nl");
    }

    private PortalVisit toggleLanguage(String link, String language) {
        page.locator("header .language").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", language);
        return this;
    }

    /**
     * Waits for the layout to settle at the new width (chart.js redraws the region page's chart a moment after a
     * resize) and fails with what sticks out if the page still scrolls sideways.
     */
    private void awaitNoSidewaysScrolling() {
        try {
            page.waitForFunction("() => document.documentElement.scrollWidth <= window.innerWidth", null,
                    new Page.WaitForFunctionOptions().setTimeout(SETTLE_MS));
        } catch (TimeoutError e) {
            fail(page.url() + " scrolls sideways at " + PHONE_WIDTH + " px: " + page.evaluate(WHAT_STICKS_OUT));
        }
    }

    /** Waits until chart.js drew the bar chart of the region page. */
    void awaitChart() {
        page.waitForFunction("() => window.Chart !== undefined"
                + " && window.Chart.getChart(document.getElementById('money-chart')) !== undefined");
    }

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

    /** Opens a collapsed form (a details element) by its summary's text. */
    void expand(String summary) {
        page.locator("main summary").filter(new Locator.FilterOptions().setHasText(summary)).first().click();
    }

    /** What a reader finds at a place of a page (a CSS selector of one element), in Dutch and in English. */
    record Wording(String selector, String dutch, String english) {
    }
}
