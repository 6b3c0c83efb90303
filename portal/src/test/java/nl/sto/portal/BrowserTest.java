package nl.sto.portal;

import java.net.URL;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * One Chromium per test class (starting it costs a second or two), one fresh browser context per test (so no
 * test sees another's cookies, i.e. sessions).
 */
abstract class BrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    BrowserContext context;
    Page page;

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
        context = chromium.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
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
