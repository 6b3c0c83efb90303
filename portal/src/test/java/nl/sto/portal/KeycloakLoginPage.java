package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** Keycloak's own login form, as the browser sees it after the portal sent it there. */
record KeycloakLoginPage(Page page, String keycloakUrl) {

    /** Waits until the browser shows the login form of {@code realm}, i.e. the realm has no session for it. */
    KeycloakLoginPage expectFor(String realm) {
        // A Java predicate, not a Pattern: Playwright hands patterns to the browser's JavaScript regex engine,
        // which knows no Pattern.quote.
        String authorizationEndpoint = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/auth?";
        page.waitForURL(url -> url.startsWith(authorizationEndpoint));
        assertThat(page.locator("#username")).isVisible();
        return this;
    }

    void logIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }
}
