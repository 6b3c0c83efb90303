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
        register(code, name, "3", LocalDate.now());
    }

    static void register(String code, String name, String tranche, LocalDate admittedOn) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "tranche", tranche, "admittedOn", admittedOn.toString()))
                .post(RunningPlatform.REGIONS + "/api/regions")
                .then().statusCode(201);
    }

    /** {@code identifierType} BOARD, INSTITUTION, LOCATION or KVK; {@code role} lead, school, mbo, po, business. */
    static void addPartner(String code, String identifierType, String identifier, String name, String role) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("identifierType", identifierType, "identifier", identifier, "name", name,
                        "municipality", "Emmen", "role", role))
                .post(RunningPlatform.REGIONS + "/api/regions/" + code + "/partners")
                .then().statusCode(201);
    }

    private static String admin() {
        return KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
    }
}
