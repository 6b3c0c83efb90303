package nl.sto.regions;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * R01 is like the demo's: lead-r01's board leads, biz-r01's company co-finances. Whatever a case could use up is
 * new for each case (a region to close, a partner to leave, a region code, a grant year, a KvK number), so that an
 * input the service wrongly accepts does not turn the next cases into conflicts.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends HostileInputContractTest {

    private static final String REGION = "R01";
    private static final String CONTACT = """
            {"name":"Jan de Vries","email":"jan.devries@example.nl","role":"coordinator","language":"nl"}""";

    private final AtomicInteger fresh = new AtomicInteger();
    private final AtomicInteger grantYear = new AtomicInteger(2018);
    private String contact;

    @Override
    protected void prepare() {
        RegistryFixture.register(Tokens.admin(), REGION, "Demo: Emmen").then().statusCode(201);
        RegistryFixture.addPartner(REGION, "BOARD", RegistryFixture.LEAD_BOARD, "Hondsrug College", "lead",
                "2020-06-01").then().statusCode(201);
        RegistryFixture.addPartner(REGION, "KVK", RegistryFixture.BUSINESS_KVK, "Demo Installatietechniek B.V.",
                "business", "2020-06-01").then().statusCode(201);
        contact = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(CONTACT)
                .when().post("/api/regions/" + REGION + "/contacts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2024,\"amount\":1000,\"kind\":\"MONEY\"}")
                .when().post("/api/regions/" + REGION + "/cofinancing").then().statusCode(200);
    }

    @Override
    protected Map<String, String> knownValues(Endpoint endpoint) {
        Map<String, String> values = new HashMap<>(Map.of("code", REGION, "id", contact, "year", "2024",
                "region", REGION));
        if (endpoint.is("POST", "/api/regions/{code}/close")) {
            values.put("code", newRegion());
        }
        if (endpoint.is("POST", "/api/regions/{code}/partners/{membershipId}/leave")) {
            values.put("membershipId", RegistryFixture.addPartner(REGION, "KVK", newKvk(), "Demo Metaal B.V.",
                    "business", "2020-06-01").then().statusCode(201).extract().path("id"));
        }
        return values;
    }

    /** Co-financing is stated and confirmed by the region's business partners only. */
    @Override
    protected Login loginFor(Endpoint endpoint) {
        return endpoint.path().startsWith("/api/regions/{code}/cofinancing") && endpoint.method().equals("POST")
                ? Login.BUSINESS_R01 : Login.ADMIN;
    }

    @Override
    protected Optional<String> exampleBody(Endpoint endpoint) {
        if (endpoint.is("POST", "/api/regions")) {
            return Optional.of("""
                    {"code":"HOSTILE-%d","name":"Regio","tranche":"LATE","admittedOn":"2020-03-01",
                     "adviceReference":"Advies 1"}""".formatted(fresh.incrementAndGet()));
        }
        if (endpoint.is("POST", "/api/regions/{code}/grants")) {
            return Optional.of("{\"year\":%d,\"amount\":1000}".formatted(grantYear.getAndIncrement()));
        }
        if (endpoint.path().startsWith("/api/regions/{code}/contacts")) {
            return Optional.of(CONTACT);
        }
        if (endpoint.is("POST", "/api/regions/{code}/partners")) {
            return Optional.of("""
                    {"identifierType":"KVK","identifier":"%s","name":"Demo Bouw B.V.","municipality":"Emmen",
                     "role":"business","joinedOn":"2024-03-01"}""".formatted(newKvk()));
        }
        if (endpoint.is("POST", "/api/regions/{code}/cofinancing")) {
            return Optional.of("{\"year\":2025,\"amount\":1000,\"kind\":\"MONEY\"}");
        }
        return Optional.empty();
    }

    private String newRegion() {
        String code = "CLOSE-" + fresh.incrementAndGet();
        RegistryFixture.register(token(Login.ADMIN), code, "Regio " + code).then().statusCode(201);
        return code;
    }

    private String newKvk() {
        return String.valueOf(99_100_000 + fresh.incrementAndGet());
    }
}
