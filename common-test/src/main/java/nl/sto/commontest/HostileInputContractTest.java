package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every endpoint of a service must do with bad input: refuse it with a 4xx as {@code application/problem+json}
 * (with {@code status} and {@code title}) and write nothing. The endpoints come from the service's own OpenAPI
 * document, so an endpoint added later is covered without touching this suite; {@link HostileCatalogue} derives
 * the bad inputs from each endpoint's parameters and body, one dynamic test per endpoint x input.
 *
 * <p>A service runs it by extending it in a {@code @QuarkusTest} with
 * {@code @TestProfile(HostileInputContractTest.OwnApplication.class)}, and names the values and the logins that
 * let a request reach the endpoint's body handling: a region the service has, the user who may act there.
 */
public abstract class HostileInputContractTest {

    private static final Logger LOG = Logger.getLogger(HostileInputContractTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    /** Keycloak's access tokens live five minutes; one is used for at most two. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    /** A demo user the good requests are sent as. */
    public record Login(String realm, String username) {
        public static final Login ADMIN = new Login(Tokens.MINISTRY, "admin");
        public static final Login LEAD_R01 = new Login(Tokens.SCHOOLS, "lead-r01");
        public static final Login BUSINESS_R01 = new Login(Tokens.BUSINESSES, "biz-r01");
    }

    /**
     * The suite in an application and database of its own: an input that a service wrongly accepts then changes
     * nothing that the service's other tests see (an amendment published, a region closed).
     */
    public static class OwnApplication implements QuarkusTestProfile {
    }

    private record FreshToken(String token, Instant fetched) {
    }

    private final Map<Login, FreshToken> tokens = new HashMap<>();
    private RowCounts rowCounts;

    /** Puts what the known values name into the service (a region, a report), once before the cases. */
    protected void prepare() {
    }

    /**
     * Real values for the endpoint's path, query and header parameters by name, e.g. {@code code -> R01}; a path
     * parameter without one gets a value the service does not know. Asked before every case, so that a value that
     * changes (an ETag) is current, and a case can have a thing of its own (a region to close).
     */
    protected Map<String, String> knownValues(Endpoint endpoint) {
        return Map.of();
    }

    /** Who sends the endpoint's good request: one who may act there, so that the request reaches the body. */
    protected Login loginFor(Endpoint endpoint) {
        return Login.ADMIN;
    }

    /**
     * A good JSON body where the one made from the schema would be refused (a pattern, a map's keys). Asked before
     * every case, so that a body can be new each time (a code, a year): a case that the service wrongly accepts
     * then does not turn the next cases of the endpoint into conflicts.
     */
    protected Optional<String> exampleBody(Endpoint endpoint) {
        return Optional.empty();
    }

    /** Tables that the service's background work changes by itself; say why in the subclass. */
    protected Set<String> tablesChangedInBackground() {
        return Set.of();
    }

    /** Outbox event types that the service's background work writes by itself; say why in the subclass. */
    protected Set<String> eventTypesWrittenInBackground() {
        return Set.of();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesBadInputAndWritesNothing() {
        OpenApiDocument document = new OpenApiDocument(readOpenApi());
        prepare();
        rowCounts = new RowCounts(tablesChangedInBackground(), eventTypesWrittenInBackground());
        List<Endpoint> endpoints = document.endpoints();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            GoodBody body = GoodBody.of(endpoint, exampleBody(endpoint).orElse(null));
            for (HostileCase hostile : HostileCatalogue.of(endpoint, body, loginFor(endpoint))) {
                String name = endpoint.name() + ": " + hostile.name();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> assertRefused(name, hostile.change().apply(goodCall(endpoint)))));
            }
        }
        LOG.infof("Hostile input: %s runs %d endpoint x input cases on %d endpoints", document.title(),
                tests.size(), endpoints.size());
        return tests.stream();
    }

    private void assertRefused(String name, HostileCall call) {
        Map<String, Long> before = rowCounts.now();
        HostileCall.Answer answer = call.send(RestAssured.baseURI + ":" + RestAssured.port);
        List<String> written = RowCounts.changes(before, rowCounts.now());
        LOG.debugf("%s -> %d %s", name, answer.status(), abbreviated(answer.body()));

        List<String> wrong = new ArrayList<>();
        if (answer.status() < 400 || answer.status() > 499) {
            wrong.add("not a 4xx");
        }
        if (!answer.contentType().toLowerCase().startsWith(PROBLEM)) {
            wrong.add("not problem+json");
        } else if (!hasStatusAndTitle(answer.body())) {
            wrong.add("a problem without status and title");
        }
        if (!written.isEmpty()) {
            wrong.add("wrote " + String.join(", ", written));
        }
        if (!wrong.isEmpty()) {
            fail("%s -> %d %s: %s; body: %s", name, answer.status(),
                    answer.contentType().isEmpty() ? "(no Content-Type)" : answer.contentType(),
                    String.join(", ", wrong), abbreviated(answer.body()));
        }
    }

    /** The good request: known (or unknown) path values, known query and header values, the good body. */
    private HostileCall goodCall(Endpoint endpoint) {
        Map<String, String> known = knownValues(endpoint);
        GoodBody body = GoodBody.of(endpoint, exampleBody(endpoint).orElse(null));
        HostileCall call = HostileCall.of(endpoint.method(), endpoint.path());
        for (Endpoint.Parameter parameter : endpoint.parameters("path")) {
            call = call.withPathValue(parameter.name(),
                    HostileCall.encoded(known.getOrDefault(parameter.name(), unknownValue(parameter))));
        }
        for (Endpoint.Parameter parameter : endpoint.parameters("query")) {
            if (known.containsKey(parameter.name()) || parameter.required()) {
                call = call.withQuery(parameter.name(),
                        HostileCall.encoded(known.getOrDefault(parameter.name(), unknownValue(parameter))));
            }
        }
        for (Endpoint.Parameter parameter : endpoint.parameters("header")) {
            if (known.containsKey(parameter.name())) {
                call = call.withHeader(parameter.name(), known.get(parameter.name()));
            }
        }
        if (body != null) {
            call = call.withBody(body.bytes()).withContentType(body.mediaType());
        }
        return call.withBearer(token(loginFor(endpoint)));
    }

    private static String unknownValue(Endpoint.Parameter parameter) {
        if (parameter.isInteger()) {
            return "999999";
        }
        if ("uuid".equals(parameter.schema().path("format").asText())) {
            return "00000000-0000-4000-8000-000000000000";
        }
        return "UNKNOWN1";
    }

    /** An access token of the user, fetched again only when it is about to expire. */
    protected String token(Login login) {
        FreshToken fresh = tokens.get(login);
        if (fresh == null || fresh.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            fresh = new FreshToken(Tokens.of(login.realm(), login.username()), Instant.now());
            tokens.put(login, fresh);
        }
        return fresh.token();
    }

    private static JsonNode readOpenApi() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalStateException("The service's OpenAPI document is not JSON", e);
        }
    }

    private static boolean hasStatusAndTitle(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && problem.path("status").isInt() && problem.path("title").isTextual()
                    && !problem.path("title").asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static String abbreviated(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? "(empty)" : line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
