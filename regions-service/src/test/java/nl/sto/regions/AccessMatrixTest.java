package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static nl.sto.commontest.AccessMatrix.expect;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.AccessMatrix;
import nl.sto.devstack.DevstackTestResource;

/**
 * Every endpoint of regions-service, called by every demo user and by nobody, with the status each must get.
 * Region A is like demo R01 (lead-r01's board leads, biz-r01 is a business partner); region B is like R02
 * (school-r02's location is a school).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class AccessMatrixTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2030);

    private final AccessMatrix matrix = new AccessMatrix();

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        String a = RegistryFixture.regionLikeR01();
        String b = RegistryFixture.regionLikeR02();

        matrix.check("GET /api/whoami", (t, u) -> t.get("/api/whoami"), expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET /api/me/regions", (t, u) -> t.get("/api/me/regions"), expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET /api/regions", (t, u) -> t.get("/api/regions"), expect(403, 403, 403, 200, 200, 200));
        matrix.check("POST /api/regions", (t, u) -> json(t, "{\"code\":\"" + RegistryFixture.uniqueCode()
                + "\",\"name\":\"M\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}").post("/api/regions"),
                expect(403, 403, 403, 201, 403, 403));
        matrix.check("GET /api/regions/A", (t, u) -> t.get("/api/regions/" + a), expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET /api/regions/B", (t, u) -> t.get("/api/regions/" + b), expect(403, 200, 403, 200, 200, 200));
        matrix.check("PUT /api/regions/A/plan", (t, u) -> json(t, "{\"name\":\"Regio A\",\"duurzaam\":\"d\"}")
                .put("/api/regions/" + a + "/plan"), expect(403, 403, 403, 200, 403, 403));
        matrix.check("POST /api/regions/X/close", (t, u) -> json(t, "{\"closedOn\":\"2024-08-01\"}")
                .post("/api/regions/" + RegistryFixture.regionLikeR01() + "/close"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("POST /api/regions/A/partners", (t, u) -> json(t, "{\"identifierType\":\"KVK\",\"identifier\":\""
                + (99100000 + YEAR.incrementAndGet()) + "\",\"name\":\"B.V.\",\"role\":\"business\"}")
                .post("/api/regions/" + a + "/partners"), expect(403, 403, 403, 201, 403, 403));
        matrix.check("POST /api/regions/A/partners/{id}/leave", (t, u) -> json(t, "{}")
                .post("/api/regions/" + a + "/partners/" + newBusinessPartner(a) + "/leave"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("POST /api/regions/A/grants", (t, u) -> json(t, "{\"year\":" + YEAR.incrementAndGet()
                + ",\"amount\":1000.00}").post("/api/regions/" + a + "/grants"), expect(403, 403, 403, 201, 403, 403));
        matrix.check("POST /api/regions/A/cofinancing", (t, u) -> json(t, "{\"year\":2024,\"amount\":10,\"kind\":\"MONEY\"}")
                .post("/api/regions/" + a + "/cofinancing"), expect(403, 403, 200, 403, 403, 403));
        matrix.check("POST /api/regions/A/cofinancing/{year}/confirm", (t, u) -> {
            statement(a, 2025);
            return t.post("/api/regions/" + a + "/cofinancing/2025/confirm");
        }, expect(403, 403, 200, 403, 403, 403));
        matrix.check("POST /api/regions/A/cofinancing/{year}/withdraw", (t, u) -> {
            statement(a, 2022);
            return t.post("/api/regions/" + a + "/cofinancing/2022/withdraw");
        }, expect(403, 403, 200, 403, 403, 403));
        matrix.check("GET /api/regions/A/cofinancing", (t, u) -> t.get("/api/regions/" + a + "/cofinancing"),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET /api/regions/A/contacts", (t, u) -> t.get("/api/regions/" + a + "/contacts"),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("POST /api/regions/A/contacts", (t, u) -> json(t, contact()).post("/api/regions/" + a + "/contacts"),
                expect(201, 403, 403, 201, 403, 403));
        matrix.check("PUT /api/regions/A/contacts/{id}", (t, u) -> json(t, contact())
                .put("/api/regions/" + a + "/contacts/" + newContact(a)), expect(200, 403, 403, 200, 403, 403));
        matrix.check("DELETE /api/regions/A/contacts/{id}", (t, u) -> t.delete("/api/regions/" + a + "/contacts/"
                + newContact(a)), expect(204, 403, 403, 204, 403, 403));
        matrix.check("GET /api/audit", (t, u) -> t.get("/api/audit"), expect(403, 403, 403, 200, 200, 403));

        matrix.assertAllAsExpected();
    }

    private static RequestSpecification json(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body);
    }

    private static String contact() {
        return "{\"name\":\"Piet Jansen\",\"email\":\"piet@example.org\",\"role\":\"Coordinator\",\"language\":\"nl\"}";
    }

    private String newContact(String region) {
        return json(given().auth().oauth2(matrix.token("admin")), contact())
                .post("/api/regions/" + region + "/contacts").then().statusCode(201).extract().path("id");
    }

    private String newBusinessPartner(String region) {
        return json(given().auth().oauth2(matrix.token("admin")), "{\"identifierType\":\"KVK\",\"identifier\":\""
                + (99200000 + YEAR.incrementAndGet()) + "\",\"name\":\"Tijdelijk B.V.\",\"role\":\"business\"}")
                .post("/api/regions/" + region + "/partners").then().statusCode(201).extract().path("id");
    }

    private void statement(String region, int year) {
        json(given().auth().oauth2(matrix.token("biz-r01")), "{\"year\":" + year + ",\"amount\":5,\"kind\":\"MONEY\"}")
                .post("/api/regions/" + region + "/cofinancing").then().statusCode(200);
    }
}
