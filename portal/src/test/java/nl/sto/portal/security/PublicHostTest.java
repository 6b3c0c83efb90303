package nl.sto.portal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;

/** The login's redirect URI follows from sto.portal.public-url (http://127.0.0.1:8089 in tests), never from Host. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicHostTest {

    private static final String CALLBACK = "redirect_uri=http%3A%2F%2F127.0.0.1%3A8089%2Fschool%2Fcallback";

    @Test
    void theLoginRedirectNamesTheFixedCallbackOfThePublicUrl() {
        given().redirects().follow(false).when().get("/school/me")
                .then().statusCode(302).header("Location", allOf(containsString("/realms/sto-schools/"),
                        containsString(CALLBACK)));
    }

    @Test
    void aSpoofedHostIsSentToThePublicUrlBeforeAnyRedirectIsBuilt() {
        given().redirects().follow(false).header("Host", "attacker.example").when().get("/school/me?lang=en")
                .then().statusCode(307).header("Location", equalTo("http://127.0.0.1:8089/school/me?lang=en"));
        given().redirects().follow(false).header("Host", "localhost:8089").when().get("/")
                .then().statusCode(307).header("Location", equalTo("http://127.0.0.1:8089/"));
    }

    @Test
    void forwardedHeadersDoNotChangeTheRedirect() {
        given().redirects().follow(false).header("X-Forwarded-Host", "attacker.example")
                .header("X-Forwarded-Proto", "https").when().get("/school/me")
                .then().statusCode(302).header("Location", allOf(containsString(CALLBACK),
                        not(containsString("attacker"))));
    }

    @Test
    void aPostToAnotherHostIsRefused() {
        given().redirects().follow(false).header("Host", "attacker.example").formParam("x", "y")
                .when().post("/school/logout")
                .then().statusCode(421);
    }

    @Test
    void operationsToolsMayNameTheAddressTheyDialled() {
        given().header("Host", "10.1.2.3:8080").when().get("/q/health/ready")
                .then().statusCode(200);
        given().header("Host", "portal:8080").formParam("logout_token", "x").when().post("/back-channel-logout/school")
                .then().statusCode(400).header("Location", not(startsWith("http")));
    }
}
