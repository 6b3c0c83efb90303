package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * Every refusal is problem+json, also those Quarkus and Vert.x make before a resource runs, and every answer carries
 * the security headers.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ProblemAnswersTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", is(status))
                .body("title", notNullValue());
    }

    @Test
    void noTokenIs401ProblemWithTheBearerChallenge() {
        isProblem(given().when().get("/api/me/regions").then(), 401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aTokenThatFailsVerificationIs401ProblemWithTheBearerChallenge() {
        isProblem(given().auth().oauth2("not-a-token").when().get("/api/me/regions").then(), 401)
                .header("WWW-Authenticate", containsString("Bearer"));
        isProblem(given().auth().oauth2(Tokens.fromUnknownIssuer()).when().get("/api/me/regions").then(), 401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aRoleThatMayNotIs403Problem() {
        isProblem(given().auth().oauth2(Tokens.monitor()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/regions").then(), 403);
    }

    @Test
    void aPathNothingServesIs404Problem() {
        isProblem(given().auth().oauth2(Tokens.admin()).when().get("/nothing/here").then(), 404);
        isProblem(given().auth().oauth2(Tokens.admin()).when().get("/api/nothing").then(), 404);
        isProblem(given().when().get("/favicon.ico").then(), 404);
    }

    @Test
    void aMethodTheResourceDoesNotHaveIs405Problem() {
        isProblem(given().auth().oauth2(Tokens.admin()).when().delete("/api/regions").then(), 405);
    }

    @Test
    void anAcceptTheResourceCannotAnswerIs406Problem() {
        isProblem(given().auth().oauth2(Tokens.admin()).accept("text/html").when().get("/api/me/regions").then(),
                406);
    }

    @Test
    void anOverlongUriIs414Problem() {
        isProblem(given().auth().oauth2(Tokens.admin()).when().get("/api/regions?q=" + "a".repeat(5000)).then(),
                414);
    }

    @Test
    void aContentTypeTheResourceDoesNotTakeIs415Problem() {
        isProblem(given().auth().oauth2(Tokens.admin()).contentType("application/xml").body("<region/>")
                .when().post("/api/regions").then(), 415);
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        for (ValidatableResponse response : new ValidatableResponse[] {
                given().auth().oauth2(Tokens.admin()).when().get("/api/me/regions").then().statusCode(200),
                given().auth().oauth2(Tokens.admin()).when().get("/api/regions/NOPE99").then().statusCode(404)}) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
    }
}
