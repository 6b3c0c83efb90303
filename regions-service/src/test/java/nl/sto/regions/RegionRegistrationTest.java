package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegionRegistrationTest {

    @Test
    void adminRegistersRegionAndOneCloudEventIsPublished() {
        String code = uniqueCode();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Regio Noord\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}")
                .when().post("/api/regions")
                .then().statusCode(201)
                .header("Location", containsString("/api/regions/" + code))
                .body("code", is(code)).body("name", is("Regio Noord"));

        var events = KafkaProbe.awaitRecords(Topics.REGIONS,
                r -> code.equals(r.key()) && EventTypes.REGION_REGISTERED.equals(KafkaProbe.header(r, "ce_type")), 1);
        assertThat(events).hasSize(1);
        var event = events.get(0);
        assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo(EventTypes.REGION_REGISTERED);
        assertThat(KafkaProbe.header(event, "ce_subject")).isEqualTo(code);
        assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/sto/regions-service");
        assertThat(KafkaProbe.header(event, "ce_id")).isNotBlank();
        JsonPath payload = JsonPath.from(event.value());
        assertThat(payload.getString("code")).isEqualTo(code);
        assertThat(payload.getString("name")).isEqualTo("Regio Noord");
        assertThat(payload.getString("tranche")).isEqualTo("1");
        assertThat(payload.getString("admittedOn")).isEqualTo("2020-03-01");
    }

    @Test
    void secondRegistrationOfACodeIsAConflict() {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Eerste").then().statusCode(201);
        register(Tokens.admin(), code, "Tweede")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", is(409)).body("detail", containsString(code));
    }

    @Test
    void invalidCodeIsABadRequestNamingTheField() {
        register(Tokens.admin(), "r 1!", "Regio")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", is("Invalid request"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void missingNameIsABadRequestNamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"code\":\"" + uniqueCode() + "\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}")
                .when().post("/api/regions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"code\":")
                .when().post("/api/regions")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyMinistryAdminMayRegister() {
        for (String token : new String[] {Tokens.leadR01(), Tokens.schoolR02(), Tokens.businessR01(),
                Tokens.reviewer(), Tokens.monitor()}) {
            register(token, uniqueCode(), "Regio").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body("{\"code\":\"" + uniqueCode() + "\",\"name\":\"Regio\",\"tranche\":\"1\",\"admittedOn\":\"2020-03-01\"}")
                .when().post("/api/regions").then().statusCode(401);
    }

    static io.restassured.response.Response register(String token, String code, String name) {
        return RegistryFixture.register(token, code, name);
    }

    static String uniqueCode() {
        return RegistryFixture.uniqueCode();
    }
}
