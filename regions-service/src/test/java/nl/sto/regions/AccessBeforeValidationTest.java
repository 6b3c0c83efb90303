package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * A caller who may not act for a region, or not do what an endpoint does, gets 403 whatever body it sends: the 400s
 * of validation are only for those who may use the endpoint, so outsiders learn nothing of its rules.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class AccessBeforeValidationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String[] BODIES = {"{\"name\":\"\"}", "{not json", "{\"year\":2021.5,\"amount\":\"veel\"}",
            "{\"unknown\":true}"};

    private String r01;

    @BeforeEach
    void region() {
        r01 = RegistryFixture.regionLikeR01();
    }

    private static Response send(String token, String method, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().request(method, path);
    }

    @Test
    void anotherRegionsSchoolGets403WhateverItSends() {
        String school = Tokens.schoolR02();
        for (String body : BODIES) {
            send(school, "POST", "/api/regions/" + r01 + "/contacts", body).then().statusCode(403)
                    .contentType(PROBLEM);
            send(school, "PUT", "/api/regions/" + r01 + "/contacts/c-1", body).then().statusCode(403)
                    .contentType(PROBLEM);
            send(school, "POST", "/api/regions/" + r01 + "/cofinancing", body).then().statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aBusinessGets403OnTheMinistrysEndpointsWhateverItSends() {
        String business = Tokens.businessR01();
        for (String body : BODIES) {
            send(business, "POST", "/api/regions", body).then().statusCode(403).contentType(PROBLEM);
            send(business, "PUT", "/api/regions/" + r01 + "/plan", body).then().statusCode(403).contentType(PROBLEM);
            send(business, "POST", "/api/regions/" + r01 + "/grants", body).then().statusCode(403)
                    .contentType(PROBLEM);
            send(business, "POST", "/api/regions/" + r01 + "/partners", body).then().statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aPartnerCannotTellAnUnknownRegionFromAnotherOne() {
        send(Tokens.schoolR02(), "POST", "/api/regions/NOPE99/contacts", "{not json").then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/NOPE99").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/NOPE99").then().statusCode(404);
    }

    @Test
    void whoMayUseTheEndpointGetsTheValidationErrors() {
        send(Tokens.leadR01(), "POST", "/api/regions/" + r01 + "/contacts", "{\"name\":\"\"}").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", is("email"));
    }
}
