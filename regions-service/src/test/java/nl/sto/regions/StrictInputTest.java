package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static nl.sto.regions.RegistryFixture.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sto.commontest.Database;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/** Input the registry cannot mean gets a 400 naming the field or parameter, never a 500 or a guess. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }

    private static Response registerWith(String fields) {
        return admin().contentType(ContentType.JSON).body("{\"code\":\"" + uniqueCode() + "\"," + fields + "}")
                .when().post("/api/regions");
    }

    @Test
    void aNulCharacterInAJsonFieldIs400NamingTheField() {
        registerWith("\"name\":\"Regio\\u0000Noord\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("name"));
    }

    @Test
    void aNulCharacterInAPathSegmentOrQueryParameterIs400NamingIt() {
        admin().urlEncodingEnabled(false).when().get("/api/regions/R%0001")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("code"));
        admin().urlEncodingEnabled(false).when().get("/api/regions?q=Em%00men")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("q"));
        admin().urlEncodingEnabled(false).when().get("/api/audit?region=R%0001")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("region"));
    }

    @Test
    void invalidUtf8InAPathSegmentOrQueryParameterIs400NamingIt() {
        admin().urlEncodingEnabled(false).when().get("/api/regions/R%C3%28")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("code"));
        admin().urlEncodingEnabled(false).when().get("/api/regions?municipality=%C3%28")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("municipality"));
    }

    @Test
    void invalidUtf8InAJsonBodyIs400() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"code\":\"" + uniqueCode() + "\",\"name\":\"Regio ").getBytes(StandardCharsets.UTF_8));
        body.write(0xC3);
        body.write(0x28);
        body.writeBytes("\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}".getBytes(StandardCharsets.UTF_8));
        admin().contentType("application/json").body(body.toByteArray()).when().post("/api/regions")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        registerWith("\"name\":\"Regio\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\",\"budget\":5")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("budget"));
    }

    @Test
    void aBooleanOrNumberWhereTextBelongsIs400NamingTheField() {
        registerWith("\"name\":true,\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("name"));
        registerWith("\"name\":\"Regio\",\"tranche\":2,\"admittedOn\":\"2020-03-01\"")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("tranche"));
    }

    @Test
    void anAmountAsTextOrAYearWithAFractionIs400NamingTheField() {
        String code = uniqueCode();
        RegistryFixture.register(Tokens.admin(), code, "Regio " + code).then().statusCode(201);
        grant(code, "{\"year\":2021,\"amount\":\"12.50\"}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("amount"));
        grant(code, "{\"year\":2021.5,\"amount\":12.50}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("year"));
        grant(code, "{\"year\":\"2021\",\"amount\":12.50}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("year"));
        assertThat(Database.count("SELECT count(*) FROM grant_award WHERE region_code = ?", code)).isZero();
        grant(code, "{\"year\":2021,\"amount\":12.50}").then().statusCode(201);
    }

    private static Response grant(String code, String body) {
        return admin().contentType(ContentType.JSON).body(body).when().post("/api/regions/" + code + "/grants");
    }

    @ParameterizedTest
    @CsvSource({"/api/regions", "/api/audit"})
    void pagingIsBoundedAndEachBadParameterIs400NamingIt(String list) {
        for (String query : new String[] {"page=2147483647", "page=-1", "page=abc", "page=99999999999"}) {
            admin().when().get(list + "?" + query).then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", is("page"));
        }
        admin().when().get(list + "?page=20000000&size=200").then().statusCode(400)
                .body("errors[0].field", is("page"));
        for (String query : new String[] {"size=0", "size=201", "size=1000", "size=x"}) {
            admin().when().get(list + "?" + query).then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", is("size"));
        }
        admin().when().get(list + "?page=1000&size=200").then().statusCode(200);
        admin().when().get(list + "?page=0&size=1").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"+99999-01-01", "1999-12-31", "2101-01-01"})
    void anAdmissionOutsideTheProgrammeRangeIs400NamingTheField(String admittedOn) {
        registerWith("\"name\":\"Regio\",\"tranche\":\"1\",\"admittedOn\":\"" + admittedOn + "\"")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("admittedOn"));
    }

    @Test
    void theFirstAndLastDayOfTheRangeAreAccepted() {
        registerWith("\"name\":\"Regio\",\"tranche\":\"1\",\"admittedOn\":\"2000-01-01\"").then().statusCode(201);
        registerWith("\"name\":\"Regio\",\"tranche\":\"1\",\"admittedOn\":\"2100-12-31\"").then().statusCode(201);
    }

    @Test
    void theDatabaseRefusesAnAdmissionOutsideTheRangeToo() {
        assertThatThrownBy(() -> Database.update("""
                INSERT INTO region (code, name, tranche, admitted_on, registered_at, registered_by)
                VALUES (?, 'Regio', '1', DATE '2999-01-01', now(), 'operator')""", uniqueCode()))
                .rootCause().hasMessageContaining("region_admitted_in_programme_range");
    }

    @Test
    void otherDatesOfTheRegistryAreInTheRangeToo() {
        String code = uniqueCode();
        RegistryFixture.register(Tokens.admin(), code, "Regio " + code).then().statusCode(201);
        RegistryFixture.addPartner(code, "KVK", "99000077", "Demo B.V.", "business", "+99999-01-01")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("joinedOn"));
        admin().contentType(ContentType.JSON).body("{\"closedOn\":\"+99999-01-01\"}")
                .when().post("/api/regions/" + code + "/close")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("closedOn"));
    }

    /** Sent with the JDK's client: REST Assured always adds a Content-Type. */
    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/regions"))
                .header("Authorization", "Bearer " + Tokens.admin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + uniqueCode() + "\",\"name\":\"Regio\","
                        + "\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}")).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(PROBLEM));
    }

    @Test
    void aBodyOfAnotherContentTypeIs415() {
        admin().contentType(ContentType.TEXT).body("{\"code\":\"" + uniqueCode() + "\"}")
                .when().post("/api/regions")
                .then().statusCode(415).contentType(PROBLEM).body("status", is(415));
    }
}
