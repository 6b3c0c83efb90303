package nl.sto.platform.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;

import nl.sto.browsertest.Chromium;

/**
 * The portal's end-to-end tests against the platform of {@code ./sto up}: one Chromium per class, one fresh
 * browser context (no cookies, so nobody logged in) per test, the demo data seeded before the first test.
 */
@ExtendWith(RunningPlatform.class)
abstract class PortalIT {

    private static Chromium chromium;

    private BrowserContext context;
    private BrowserContext withoutJavaScript;
    private final List<BrowserContext> others = new ArrayList<>();
    PortalVisit visit;

    @BeforeAll
    static void launchChromium() {
        DemoData.awaitSeeded();
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = chromium.newContext();
        visit = new PortalVisit(context.newPage());
    }

    @AfterEach
    void closeContext() {
        context.close();
        if (withoutJavaScript != null) {
            withoutJavaScript.close();
        }
        others.forEach(BrowserContext::close);
    }

    /** Someone else, in a browser of their own (nobody logged in yet), for tests where people take turns. */
    PortalVisit anotherPerson() {
        BrowserContext other = chromium.newContext();
        others.add(other);
        return new PortalVisit(other.newPage());
    }

    /**
     * The same person (the session cookies of {@link #visit}) in a browser without JavaScript, so without htmx
     * and chart.js: forms are plain posts answered with a redirect.
     */
    PortalVisit withoutJavaScript() {
        withoutJavaScript = chromium.newContextWithoutJavaScript();
        withoutJavaScript.addCookies(context.cookies());
        return new PortalVisit(withoutJavaScript.newPage());
    }

    /** Something unique to this run, for names and codes: the demo database outlives runs. */
    static String runId() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    }
}
