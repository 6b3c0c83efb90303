package nl.sto.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.browsertest.Accessibility;

/**
 * The dashboard against a small stand-in for monitor-service's indicators: each indicator's school years are asked
 * for at once, each call with the person's token, and the panels show every year in the indicators' order; an
 * indicator the service cannot give is "niet beschikbaar" beside the others.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DashboardReadsTest.FakeMonitor.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DashboardReadsTest extends BrowserTest {

    private static final List<String> YEARS = List.of("2019-2020", "2020-2021", "2021-2022");

    @Test
    void everyYearIsAskedForWithThePersonsTokenAndShownInOrder() {
        logIn("ministry", "sto-ministry", "monitor", "ministry/monitor");

        assertThat(page.locator("section.indicator h2")).hasText(new String[] {"Share B", "Share A", "Gone"});
        Locator shareB = page.locator("#indicator-share-b-table tbody th");
        assertThat(shareB).hasText(YEARS.toArray(String[]::new));
        assertThat(page.locator("#indicator-share-a-table")).isVisible();
        assertThat(page.locator("#indicator-gone-unavailable")).containsText("niet beschikbaar");
        Accessibility.assertNoViolations(page);
        Screenshots.take(page, "dashboard-fake-monitor");

        assertThat(FakeMonitor.REQUESTS).filteredOn(r -> r.path().startsWith("/api/indicators/share-"))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer "));
        assertThat(FakeMonitor.MOST_AT_ONCE.get()).as("indicator figures asked for at once").isGreaterThan(1);
    }

    record Request(String path, String authorization) {
    }

    /**
     * monitor-service's indicators; the event log is empty. The first request for an indicator's figures is held until
     * a second one arrives (for at most {@value #HOLD_SECONDS} s): made side by side, they are under way together;
     * made one after the other, the first waits in vain and no two ever overlap.
     */
    public static class FakeMonitor implements QuarkusTestResourceLifecycleManager {

        static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
        static final AtomicInteger FIGURES_UNDER_WAY = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
        private static final int HOLD_SECONDS = 5;
        private static final CountDownLatch TWO_ARRIVED = new CountDownLatch(2);
        private static final Map<String, String> TITLES = Map.of("share-a", "Share A",
                "share-b", "Share B", "gone", "Gone");
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/api/", this::answer);
            server.start();
            return Map.of("quarkus.rest-client.monitor.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            server.stop(0);
        }

        private void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
            REQUESTS.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization")));
            if (!path.startsWith("/api/indicators/share-")) {
                respond(exchange, path, query);
                return;
            }
            MOST_AT_ONCE.accumulateAndGet(FIGURES_UNDER_WAY.incrementAndGet(), Math::max);
            try {
                TWO_ARRIVED.countDown();
                TWO_ARRIVED.await(HOLD_SECONDS, TimeUnit.SECONDS);
                respond(exchange, path, query);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                FIGURES_UNDER_WAY.decrementAndGet();
            }
        }

        private static void respond(HttpExchange exchange, String path, String query) throws IOException {
            if (path.equals("/api/indicators")) {
                send(exchange, 200, "[" + indicator("share-b") + "," + indicator("share-a") + ","
                        + indicator("gone") + "]");
            } else if (path.startsWith("/api/indicators/gone")) {
                send(exchange, 503, "{\"status\":503,\"title\":\"Unavailable\",\"detail\":\"down\"}");
            } else if (path.startsWith("/api/indicators/")) {
                String year = query.contains("schoolYear=") ? query.replaceAll(".*schoolYear=([^&]*).*", "$1")
                        : YEARS.get(YEARS.size() - 1);
                send(exchange, 200, value(path.substring("/api/indicators/".length()), year));
            } else {
                send(exchange, 200, "[]");
            }
        }

        private static String indicator(String id) {
            return "{\"id\":\"" + id + "\",\"title\":{\"nl\":\"" + TITLES.get(id) + "\",\"en\":\"" + TITLES.get(id)
                    + "\"},\"definition\":{\"nl\":\"Definitie\",\"en\":\"Definition\"},\"source\":{\"nl\":\"DUO\","
                    + "\"en\":\"DUO\"},\"referenceDate\":{\"nl\":\"1 oktober\",\"en\":\"1 October\"},"
                    + "\"unit\":\"percent\",\"breakdownBy\":\"leerweg\"}";
        }

        private static String value(String id, String year) {
            return "{\"id\":\"" + id + "\",\"schoolYear\":\"" + year + "\",\"unit\":\"percent\",\"value\":12.5,"
                    + "\"numerator\":125,\"denominator\":1000,\"breakdown\":[],\"schoolYears\":[\"2019-2020\","
                    + "\"2020-2021\",\"2021-2022\"]}";
        }

        private static void send(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
