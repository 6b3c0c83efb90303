package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * What every service must answer on {@code GET /api/whoami}: tokens of the three real realms are understood,
 * anything else is refused with 401. A service runs it by extending it in a {@code @QuarkusTest}.
 */
public abstract class WhoamiContractTest {

    @Test
    void schoolTokenShowsSchoolAudienceAndBrin() {
        given().auth().oauth2(Tokens.leadR01())
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("audience", is("school"))
                .body("organisationCode", is("41509"))
                .body("name", notNullValue())
                .body("subject", notNullValue())
                .body("roles", not(hasItem("offline_access")));
    }

    @Test
    void businessTokenShowsBusinessAudienceAndKvk() {
        given().auth().oauth2(Tokens.businessR01())
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("audience", is("business"))
                .body("organisationCode", is("99000001"));
    }

    @Test
    void ministryTokenShowsRoles() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("audience", is("ministry"))
                .body("organisationCode", nullValue())
                .body("roles", hasItem("ministry-admin"));
        given().auth().oauth2(Tokens.monitor())
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("roles", hasItem("monitor"))
                .body("roles", not(hasItem("ministry-admin")));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void garbageTokenIsUnauthorized() {
        given().auth().oauth2("not-a-token").when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void tokenFromUnknownIssuerIsUnauthorized() {
        given().auth().oauth2(Tokens.fromUnknownIssuer()).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void idTokenIsUnauthorized() {
        String idToken = Tokens.idToken(Tokens.SCHOOLS, "lead-r01");
        given().auth().oauth2(idToken).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void refreshTokenIsUnauthorized() {
        String refreshToken = Tokens.refreshToken(Tokens.MINISTRY, "admin");
        given().auth().oauth2(refreshToken).when().get("/api/whoami").then().statusCode(401);
    }

    /** Signed by a trusted realm, but issued to another client, so not meant for the platform. */
    @Test
    void accessTokenOfAnotherClientIsUnauthorized() {
        String foreign = Tokens.ofOtherClient(Tokens.MINISTRY, "admin");
        given().auth().oauth2(foreign).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void aSchoolLoginCannotMakeItselfMinistryStaff() {
        given().auth().oauth2(Tokens.rogueAdmin())
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("audience", is("school"))
                .body("organisationCode", is("41509"))
                .body("roles", not(hasItem("ministry-admin")));
    }

    /** A verified token is remembered by its exact text: a copy with another signature is checked and refused. */
    @Test
    void anAlteredCopyOfAnAcceptedTokenIsUnauthorized() {
        String token = Tokens.leadR01();
        given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(200);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        given().auth().oauth2(altered).when().get("/api/whoami").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(200);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String token = Tokens.shortLived(Tokens.MINISTRY, "admin");
        given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(401));
    }
}
