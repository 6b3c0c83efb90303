package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route of the portal, found in its resource classes (so a new page is covered the day it is written), against
 * people of each login: nobody reaches a page without logging in, and a page of one audience ({@code /school/…},
 * {@code /business/…}, {@code /ministry/…}) sends anyone without a session of that audience's login to that login,
 * whatever other session they have. Only the home page and the back-channel logout (which Keycloak calls) are open.
 * What a person of the right login may then do is decided by the services and by the pages' own access rules (the
 * services' access matrices, {@link MonitorRouteAccessTest}, the platform tests).
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class RouteLoginTest extends BrowserTest {

    private static final Map<String, String> REALMS = Map.of("school", "sto-schools", "business", "sto-businesses",
            "ministry", "sto-ministry");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:\\s*([^}]+))?}");
    private static final Map<String, String> SAMPLES = Map.of("code", "R01", "year", "2024", "number", "1",
            "section", "covid-19", "language", "en", "step", "announcement");

    /** {@code multipart}: the route takes a multipart form (an upload), else a urlencoded one. */
    record Route(String method, String path, boolean multipart) {

        Route(String method, String path) {
            this(method, path, false);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        String audience() {
            return path.split("/")[1];
        }
    }

    @Test
    void everyRouteIsFoundAndBelongsToAnAudience() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(80)
                .contains(new Route("GET", "/school/regions/R01/reports/x1"),
                        new Route("POST", "/ministry/regions/R01/manage/close"),
                        new Route("POST", "/ministry/monitor/imports", true));
        assertThat(routes).allSatisfy(route -> assertThat(REALMS).containsKey(route.audience()));
    }

    @Test
    void nobodyIsSentToTheLoginOfThePagesAudience() {
        page.navigate(portal(""));

        assertSentToLogin("nobody", routes());
    }

    @Test
    void aSchoolIsSentToTheLoginOfEveryOtherAudience() {
        logIn("school", "sto-schools", "lead-r01");

        assertSentToLogin("lead-r01", routes().stream().filter(r -> !r.audience().equals("school")).toList());
    }

    @Test
    void aBusinessIsSentToTheLoginOfEveryOtherAudience() {
        logIn("business", "sto-businesses", "biz-r01");

        assertSentToLogin("biz-r01", routes().stream().filter(r -> !r.audience().equals("business")).toList());
    }

    @Test
    void theMinistryIsSentToTheLoginOfEveryOtherAudience() {
        logIn("ministry", "sto-ministry", "admin", "ministry/start");

        assertSentToLogin("admin", routes().stream().filter(r -> !r.audience().equals("ministry")).toList());
    }

    /**
     * Each route is asked with only the cookies the person had before: every redirect to a login sets a cookie of its
     * own (the login's state), and a hundred of them would make the request too large to be read.
     */
    private void assertSentToLogin(String who, List<Route> routes) {
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        List<Cookie> before = context.cookies();
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            context.clearCookies();
            context.addCookies(before);
            APIResponse response = send(route, token);
            String location = response.headers().getOrDefault("location", "");
            String login = keycloakUrl() + "/realms/" + REALMS.get(route.audience()) + "/";
            if (response.status() != 302 || !location.startsWith(login)) {
                wrong.add(who + " " + route + ": " + response.status() + " " + location);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private APIResponse send(Route route, String token) {
        RequestOptions options = RequestOptions.create().setMaxRedirects(0);
        String url = root.getProtocol() + "://" + root.getAuthority() + route.path();
        if (route.method().equals("GET")) {
            return page.request().get(url, options);
        }
        FormData form = FormData.create().set("csrf-token", token == null ? "" : token);
        if (route.multipart()) {
            form.set("file", new FilePayload("plan.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        }
        options.setHeader("Origin", root.getProtocol() + "://" + root.getAuthority());
        return page.request().post(url, route.multipart() ? options.setMultipart(form) : options.setForm(form));
    }

    /**
     * The GET and POST routes of the portal's resource classes, with each path parameter filled in and each audience
     * a route serves as a route of its own. The login and logout routes are left out: they lead to a login by design.
     */
    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean multipart = consumes != null && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
                String template = sub == null ? base : base.replaceAll("/$", "") + "/" + sub.value().replaceAll("^/", "");
                expand(template).stream()
                        .filter(path -> !path.matches("/(school|business|ministry)/(login|logout)"))
                        .filter(path -> !path.equals("/"))
                        .forEach(path -> routes.add(new Route(verb, path, multipart)));
            }
        }
        return routes;
    }

    /** The template with each parameter filled in; one path per alternative of an audience. */
    private static List<String> expand(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        if (!parameter.find()) {
            return List.of(template.replaceAll("/$", ""));
        }
        String name = parameter.group(1);
        String regex = parameter.group(2);
        List<String> values = regex != null && regex.matches("[a-z|]+") ? List.of(regex.split("\\|"))
                : List.of(SAMPLES.getOrDefault(name, "x1"));
        List<String> paths = new ArrayList<>();
        for (String value : values) {
            paths.addAll(expand(template.substring(0, parameter.start()) + value + template.substring(parameter.end())));
        }
        return paths;
    }

    private static List<Class<?>> resourceClasses() {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("nl/sto/portal"))) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith("Resource.class"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(c -> !c.isInterface() && c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .filter(c -> !c.getSimpleName().equals("HomeResource"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
