package nl.sto.regions;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.sto.commontest.Tokens;

/**
 * Builds registry situations through the API as the ministry would: a fresh region per test, with the demo
 * users' organisations as partners (lead-r01's board 41509, school-r02's BRIN 16PK, biz-r01's KvK 99000001).
 */
final class RegistryFixture {

    static final String LEAD_BOARD = "41509";
    static final String SCHOOL_R02_LOCATION = "16PK01";
    static final String BUSINESS_KVK = "99000001";

    private RegistryFixture() {
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Response register(String token, String code, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"%s","tranche":"2","admittedOn":"2020-06-01"}""".formatted(code, name))
                .when().post("/api/regions");
    }

    static Response addPartner(String regionCode, String type, String identifier, String name, String role,
            String joinedOn) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"identifierType":"%s","identifier":"%s","name":"%s","municipality":"Emmen","role":"%s"%s}"""
                        .formatted(type, identifier, name, role,
                                joinedOn == null ? "" : ",\"joinedOn\":\"" + joinedOn + "\""))
                .when().post("/api/regions/" + regionCode + "/partners");
    }

    /** A region where lead-r01's board is lead and biz-r01's company is a business partner (like demo R01). */
    static String regionLikeR01() {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Regio " + code).then().statusCode(201);
        addPartner(code, "BOARD", LEAD_BOARD, "Hondsrug College", "lead", "2020-06-01").then().statusCode(201);
        addPartner(code, "KVK", BUSINESS_KVK, "Demo Installatietechniek B.V.", "business", "2020-06-01")
                .then().statusCode(201);
        return code;
    }

    /** A region where school-r02's location is a school (like demo R02), with another board as lead. */
    static String regionLikeR02() {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Regio " + code).then().statusCode(201);
        addPartner(code, "BOARD", "41211", "Elzendaalcollege", "lead", "2020-06-01").then().statusCode(201);
        addPartner(code, "LOCATION", SCHOOL_R02_LOCATION, "Calvijn", "school", "2020-06-01").then().statusCode(201);
        return code;
    }
}
