package nl.sto.platform.portal;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;

import io.restassured.http.ContentType;
import nl.sto.devstack.KeycloakTokens;

/** regions-service's API as a ministry-admin, to set up a region for a test without going through the pages. */
final class RegionsApi {

    private RegionsApi() {
    }

    static void register(String code, String name) {
        String admin = KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "tranche", "3", "admittedOn", LocalDate.now().toString()))
                .post(RunningPlatform.REGIONS + "/api/regions")
                .then().statusCode(201);
    }
}
