package nl.sto.portal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.sto.portal.KeycloakTestResource;

/** The security headers on every kind of answer: pages, error pages, static files. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=en", "/css/portal.css", "/js/portal.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/no-such-page"})
    void everyAnswerCarriesTheHeaders(String path) {
        assertSecurityHeaders(given().redirects().follow(false).when().get(path).then());
    }

    @Test
    void theRefusalPageCarriesThemToo() {
        assertSecurityHeaders(given().redirects().follow(false).formParam("x", "y").when().post("/school/logout")
                .then().statusCode(403));
    }

    static void assertSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("style-src 'self'"),
                        containsString("frame-ancestors 'none'"), containsString("form-action 'self' http://127.0.0.1:"),
                        containsString("base-uri 'none'"), containsString("object-src 'none'"),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Permissions-Policy", equalTo("camera=(), microphone=(), geolocation=()"));
    }
}
