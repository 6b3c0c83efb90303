package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import io.quarkus.test.common.http.TestHTTPResource;

import nl.sto.browsertest.Chromium;

/**
 * One Chromium per test class (starting it costs a second or two), one fresh browser context per test (so no
 * test sees another's cookies, i.e. sessions). Every test also proves that the portal's pages keep to their
 * Content-Security-Policy: Chromium reports each refused script, style or form target on the console.
 */
abstract class BrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    static final String PASSWORD = "demo";

    BrowserContext context;
    Page page;
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertEquals(List.of(), cspViolations, "Content-Security-Policy violations on the portal's pages");
    }

    /** Another browser (no cookies but the given ones), watched for CSP violations like the test's own. */
    BrowserContext newContext(List<Cookie> cookies) {
        BrowserContext other = newContext();
        other.addCookies(cookies);
        return other;
    }

    private BrowserContext newContext() {
        BrowserContext created = chromium.newContext();
        created.onConsoleMessage(message -> {
            if (message.location().startsWith(root.toString()) && message.text().contains("Content Security Policy")) {
                cspViolations.add(message.location() + ": " + message.text());
            }
        });
        return created;
    }

    /** Logs in through the audience's login link and waits for the account page, where schools and businesses start. */
    /**
     * A school's or business' login lands on {@code /AUDIENCE/start}, which asks regions-service for the person's
     * regions; these tests run without it, so they go on from there to the page they test.
     */
    void logIn(String audience, String realm, String username) {
        logIn(audience, realm, username, audience + ("ministry".equals(audience) ? "/me" : "/start"));
    }

    /** Logs in through the audience's login link and waits for the person's start page (a portal path). */
    void logIn(String audience, String realm, String username, String startPage) {
        page.navigate(portal(audience + "/login"));
        keycloakLogin().expectFor(realm).logIn(username, PASSWORD);
        assertThat(page).hasURL(portal(startPage));
    }

    /** quarkus-oidc names the session cookie q_session_TENANT, split into _chunk_N parts when large. */
    List<Cookie> sessionCookies(String tenant) {
        String name = "q_session_" + tenant;
        return context.cookies().stream()
                .filter(c -> c.name.equals(name) || c.name.startsWith(name + "_chunk_"))
                .toList();
    }

    /** Absolute URL of a portal path such as {@code school/me} (no leading slash). */
    String portal(String path) {
        return root + path;
    }

    /** The Keycloak that the test resource gave the application. */
    static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("sto.keycloak.url", String.class);
    }

    KeycloakLoginPage keycloakLogin() {
        return new KeycloakLoginPage(page, keycloakUrl());
    }
}
