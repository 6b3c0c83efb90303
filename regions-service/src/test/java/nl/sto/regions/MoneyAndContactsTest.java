package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class MoneyAndContactsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.001", "\"veel\""})
    void grantAmountsAreExactNonNegativeEuros(String amount) {
        String code = RegistryFixture.regionLikeR01();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"year\":2021,\"amount\":" + amount + "}")
                .when().post("/api/regions/" + code + "/grants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amount"));
    }

    @Test
    void oneGrantPerYear() {
        String code = RegistryFixture.regionLikeR01();
        String award = "{\"year\":2021,\"amount\":1234567.89}";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(award)
                .when().post("/api/regions/" + code + "/grants").then().statusCode(201)
                .body("amount", is(1234567.89f));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(award)
                .when().post("/api/regions/" + code + "/grants").then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"year\":1990,\"amount\":1}")
                .when().post("/api/regions/" + code + "/grants").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    @Test
    void businessStatesConfirmsAndSeesItsHistory() {
        String code = RegistryFixture.regionLikeR01();
        String url = "/api/regions/" + code + "/cofinancing";
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2023/confirm").then().statusCode(404);
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2023,\"amount\":50000,\"kind\":\"IN_KIND\"}").post(url).then().statusCode(200)
                .body("confirmed", is(false));
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2023,\"amount\":60000,\"kind\":\"MONEY\"}").post(url).then().statusCode(200);
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2023/confirm").then().statusCode(200)
                .body("amount", is(60000.00f)).body("kind", is("MONEY"));
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2023/confirm").then().statusCode(409);

        given().auth().oauth2(Tokens.businessR01()).get(url).then().statusCode(200)
                .body("$", hasSize(3))
                .body("amount", is(java.util.List.of(50000.00f, 60000.00f, 60000.00f)))
                .body("confirmed", is(java.util.List.of(false, false, true)));
        given().auth().oauth2(Tokens.leadR01()).get(url).then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    void aBusinessWithdrawsAnUnconfirmedCommitmentButNotAConfirmedOne() {
        String code = RegistryFixture.regionLikeR01();
        String url = "/api/regions/" + code + "/cofinancing";
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/withdraw").then().statusCode(404);
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2021,\"amount\":7000,\"kind\":\"MONEY\"}").post(url).then().statusCode(200);
        given().auth().oauth2(Tokens.businessR01()).get("/api/regions/" + code).then().statusCode(200)
                .body("cofinancing.findAll { it.year == 2021 }.amount", is(java.util.List.of(7000.00f)));

        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/withdraw").then().statusCode(200)
                .body("withdrawn", is(true)).body("amount", is(7000.00f));
        given().auth().oauth2(Tokens.businessR01()).get("/api/regions/" + code).then().statusCode(200)
                .body("cofinancing.findAll { it.year == 2021 }", hasSize(0));
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/withdraw").then().statusCode(404);
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/confirm").then().statusCode(404);
        given().auth().oauth2(Tokens.businessR01()).get(url).then().statusCode(200)
                .body("findAll { it.year == 2021 }.withdrawn", is(java.util.List.of(false, true)));

        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2021,\"amount\":8000,\"kind\":\"MONEY\"}").post(url).then().statusCode(200);
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/confirm").then().statusCode(200);
        given().auth().oauth2(Tokens.businessR01()).post(url + "/2021/withdraw").then().statusCode(409)
                .body("errors[0].field", is("year")).body("errors[0].code", is("already-confirmed"))
                .body("errors[0].params.year", is("2021"));
        given().auth().oauth2(Tokens.admin()).get("/api/audit?region=" + code).then().statusCode(200)
                .body("action", hasItem("cofinancing.withdrawn"));
    }

    @Test
    void onlyTheRegionsBusinessesStateCofinancing() {
        String code = RegistryFixture.regionLikeR01();
        String body = "{\"year\":2023,\"amount\":1,\"kind\":\"MONEY\"}";
        given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON).body(body)
                .post("/api/regions/" + code + "/cofinancing").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/regions/" + code + "/cofinancing").then().statusCode(403);
        String other = RegistryFixture.regionLikeR02();
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON).body(body)
                .post("/api/regions/" + other + "/cofinancing").then().statusCode(403);
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2023,\"amount\":1,\"kind\":\"SHARES\"}")
                .post("/api/regions/" + code + "/cofinancing").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void leadMaintainsContactsOthersInTheRegionReadThem() {
        String code = RegistryFixture.regionLikeR01();
        String url = "/api/regions/" + code + "/contacts";
        String id = given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON)
                .body("{\"name\":\"Anna Bakker\",\"email\":\"anna@example.org\",\"role\":\"Projectleider\","
                        + "\"language\":\"nl\"}")
                .post(url).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON)
                .body("{\"name\":\"Anna Bakker\",\"email\":\"anna@example.org\",\"role\":\"Penvoerder\","
                        + "\"language\":\"en\"}")
                .put(url + "/" + id).then().statusCode(200).body("language", is("en"));
        given().auth().oauth2(Tokens.businessR01()).get(url).then().statusCode(200)
                .body("role", hasItem("Penvoerder"));
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"email\":\"x@example.org\",\"role\":\"Y\",\"language\":\"nl\"}")
                .post(url).then().statusCode(403);
        given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"email\":\"not-an-email\",\"role\":\"Y\",\"language\":\"de\"}")
                .post(url).then().statusCode(400).body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("language"))
                // a stable code per error, for a client to word in its own language
                .body("errors.find { it.field == 'email' }.code", is("email"))
                .body("errors.find { it.field == 'language' }.code", is("pattern"));
        given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"email\":\"x@example.org\",\"role\":\"Y\",\"language\":[\"nl\"]}")
                .post(url).then().statusCode(400)
                .body("errors.find { it.field == 'language' }.code", is("format"));
        given().auth().oauth2(Tokens.leadR01()).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"email\":\"x@example.org\",\"role\":\"Y\",\"language\":\"nl\"}")
                .post(url).then().statusCode(400)
                .body("errors.find { it.field == 'name' }.code", is("required"));
        given().auth().oauth2(Tokens.schoolR02()).get(url).then().statusCode(403);
        given().auth().oauth2(Tokens.leadR01()).delete(url + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.leadR01()).get(url).then().statusCode(200).body("id", not(hasItem(id)));
    }
}
