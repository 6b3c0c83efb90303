package nl.sto.browsertest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright, headless, for the portal's browser tests and the platform tests. The browser
 * comes from the system (apt), never from Playwright's download, which these machines cannot reach.
 */
public final class Chromium implements AutoCloseable {

    /** Overridable for machines where Chromium lives elsewhere. */
    private static final Path EXECUTABLE = Path.of(System.getProperty("sto.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /**
     * Keycloak pages and the code flow's redirects can take seconds on two busy cores; Playwright's 5 s default
     * for web-first assertions would make the tests flaky there.
     */
    private static final double TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        // Also set here (not only in surefire) so the tests run the same from an IDE.
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh context: no cookies, so no session of an earlier test. Dutch, as a Dutch visitor's browser. */
    public BrowserContext newContext() {
        return newContext(true);
    }

    /** Without JavaScript: the portal's pages must work as plain HTML (progressive enhancement). */
    public BrowserContext newContextWithoutJavaScript() {
        return newContext(false);
    }

    private BrowserContext newContext(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("nl-NL").setViewportSize(1280, 900).setJavaScriptEnabled(javaScript));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
