package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.monitor.MonitorAccess;

/**
 * Every route of the monitor pages against every kind of person: what {@link MonitorAccess} grants passes the portal
 * (and reaches monitor-service, which does not run in these tests: "Dienst niet bereikbaar", or the page with its
 * parts "niet beschikbaar"), what it does not grant is refused with "Geen toegang" (403) before any service is asked,
 * and without a session of the ministry's login (nobody, a school, a business) the browser is sent to that login.
 * Posts carry the person's CSRF token and the portal's origin, so that only the access rules decide.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class MonitorRouteAccessTest extends BrowserTest {

    /** What a route needs, in the terms of {@link MonitorAccess}. */
    enum Needs {
        READ(MonitorAccess::read), READ_IMPORTS(MonitorAccess::readImports), IMPORT(MonitorAccess::importFiles),
        SUBSCRIBE(MonitorAccess::subscribe);

        final Predicate<MonitorAccess> grantedBy;

        Needs(Predicate<MonitorAccess> grantedBy) {
            this.grantedBy = grantedBy;
        }
    }

    record Route(String method, String path, Needs needs) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String SUBSCRIPTION = "ministry/monitor/subscriptions/sub-1";

    static final List<Route> ROUTES = List.of(
            new Route("GET", "ministry/start", Needs.READ),
            new Route("GET", "ministry/monitor", Needs.READ),
            new Route("GET", "ministry/monitor?region=R01", Needs.READ),
            new Route("GET", "ministry/monitor/events", Needs.READ),
            new Route("GET", "ministry/monitor/compliance?region=R01&year=2024", Needs.READ),
            new Route("GET", "ministry/monitor/imports", Needs.READ_IMPORTS),
            new Route("GET", "ministry/monitor/imports/run-1", Needs.READ_IMPORTS),
            new Route("UPLOAD", "ministry/monitor/imports", Needs.IMPORT),
            new Route("POST", "ministry/monitor/imports/shipped", Needs.IMPORT),
            new Route("GET", "ministry/monitor/subscriptions", Needs.SUBSCRIBE),
            new Route("POST", "ministry/monitor/subscriptions", Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION, Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION + "?status=failed&page=1", Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION + "/deliveries/d-1", Needs.SUBSCRIBE),
            new Route("POST", SUBSCRIPTION + "/deliveries/d-1/resend", Needs.SUBSCRIBE),
            new Route("POST", SUBSCRIPTION + "/replay", Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION + "/replays/r-1", Needs.SUBSCRIBE),
            new Route("POST", SUBSCRIPTION + "/secret", Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION + "/secret/not-a-kept-token", Needs.SUBSCRIBE),
            new Route("POST", SUBSCRIPTION + "/resume", Needs.SUBSCRIBE),
            new Route("GET", SUBSCRIPTION + "/delete", Needs.SUBSCRIBE),
            new Route("POST", SUBSCRIPTION + "/delete", Needs.SUBSCRIBE));

    /** What a request that passed the portal's access check can answer while monitor-service is away. */
    private static final Set<Integer> PASSED = Set.of(200, 400, 409, 410, 503);

    @Test
    void theMonitorTeamHasEveryRoute() {
        logIn("ministry", "sto-ministry", "monitor", "ministry/monitor");

        assertMatrix("monitor", granted(EnumSet.allOf(Needs.class), "monitor"));
    }

    @Test
    void aMinistryAdminHasEverythingButImporting() {
        logIn("ministry", "sto-ministry", "admin", "ministry/start");

        assertMatrix("admin", granted(EnumSet.of(Needs.READ, Needs.READ_IMPORTS, Needs.SUBSCRIBE), "ministry-admin"));
    }

    @Test
    void aReviewerOnlyReads() {
        logIn("ministry", "sto-ministry", "reviewer", "ministry/start");

        assertMatrix("reviewer", granted(EnumSet.of(Needs.READ), "reviewer"));
    }

    @Test
    void aSchoolOfARegionIsSentToTheMinistrysLogin() {
        logIn("school", "sto-schools", "lead-r01");

        assertMatrix("lead-r01", null);
    }

    @Test
    void aBusinessIsSentToTheMinistrysLogin() {
        logIn("business", "sto-businesses", "biz-r01");

        assertMatrix("biz-r01", null);
    }

    @Test
    void nobodyIsSentToTheMinistrysLogin() {
        page.navigate(portal(""));

        assertMatrix("anonymous", null);
    }

    /**
     * The needs the person's roles grant, as written down here, checked against {@link MonitorAccess} (which the
     * routes then must follow).
     */
    private static Set<Needs> granted(Set<Needs> expected, String role) {
        MonitorAccess access = MonitorAccess.of(new PortalUser("Someone", "someone", Audience.MINISTRY, "",
                List.of(role)));
        for (Needs needs : Needs.values()) {
            assertThat(needs.grantedBy.test(access)).as(role + " " + needs).isEqualTo(expected.contains(needs));
        }
        return expected;
    }

    /** {@code granted} null: no ministry session, so every route leads to the ministry's login. */
    private void assertMatrix(String who, Set<Needs> granted) {
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        List<String> wrong = new ArrayList<>();
        for (Route route : ROUTES) {
            APIResponse response = send(route, token);
            String outcome = outcome(response);
            String expected = granted == null ? "login" : granted.contains(route.needs()) ? "passed" : "refused";
            if (!outcome.equals(expected)) {
                wrong.add(who + " " + route + ": expected " + expected + ", got " + outcome);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String outcome(APIResponse response) {
        String location = response.headers().getOrDefault("location", "");
        if (response.status() == 302 && location.startsWith(keycloakUrl() + "/realms/sto-ministry/")) {
            return "login";
        }
        if (response.status() == 403 && response.text().contains("<h1>Geen toegang</h1>")) {
            return "refused";
        }
        if (PASSED.contains(response.status()) && !response.text().contains("Geen toegang")) {
            return "passed";
        }
        return response.status() + " " + location;
    }

    private APIResponse send(Route route, String token) {
        RequestOptions options = RequestOptions.create().setMaxRedirects(0);
        String url = portal(route.path());
        return switch (route.method()) {
            case "GET" -> page.request().get(url, options);
            case "POST" -> page.request().post(url, options.setHeader("Origin", origin())
                    .setForm(FormData.create().set("csrf-token", token).set("since", "2026-01-01T00:00")
                            .set("url", "https://example.org/hook").set("contactEmail", "m@example.org")));
            case "UPLOAD" -> page.request().post(url, options.setHeader("Origin", origin())
                    .setMultipart(FormData.create().set("csrf-token", token).set("file", new FilePayload(
                            "leerlingen.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8)))));
            default -> throw new IllegalArgumentException(route.method());
        };
    }

    private String origin() {
        return root.getProtocol() + "://" + root.getAuthority();
    }
}
