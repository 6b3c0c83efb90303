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

    /** Adds a contact person ({@code language} nl or en); returns its id. */
    static String addContact(String code, String name, String email, String role, String language) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email, "role", role, "language", language))
                .post(RunningPlatform.REGIONS + "/api/regions/" + code + "/contacts")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    static void removeContact(String code, String id) {
        given().auth().oauth2(admin()).delete(RunningPlatform.REGIONS + "/api/regions/" + code + "/contacts/" + id)
                .then().statusCode(204);
    }

    private static String admin() {
        return KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
    }
}
