package nl.sto.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What operations and other tools read from the portal, and the static files its pages load. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class OperationsEndpointsTest {

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesThePages() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/{audience}/me"))
                .body(containsString("HtmlPage"));
    }

    @Test
    void stylesheetAndScriptsAreServed() {
        given().when().get("/css/portal.css")
                .then().statusCode(200).contentType(containsString("text/css"));
        given().when().get("/webjars/htmx.org/dist/htmx.min.js")
                .then().statusCode(200).contentType(containsString("javascript"));
        // The region page's bar chart: chart.js from its webjar (version-less path) and the portal's own script.
        given().when().get("/webjars/chart.js/dist/chart.umd.js")
                .then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/js/portal.js")
                .then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void logoutWithoutSessionJustGoesHome() {
        Response home = given().when().get("/");
        String token = home.htmlPath().getString("html.head.meta.find { it.@name == 'csrf-token' }.@content");

        given().redirects().follow(false).cookies(home.cookies()).formParam("csrf-token", token)
                .when().post("/school/logout")
                .then().statusCode(303).header("Location", equalTo("http://127.0.0.1:8089/"));
    }
}
