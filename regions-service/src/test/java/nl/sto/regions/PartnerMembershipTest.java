package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static nl.sto.regions.RegistryFixture.addPartner;
import static nl.sto.regions.RegistryFixture.register;
import static nl.sto.regions.RegistryFixture.uniqueCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class PartnerMembershipTest {

    @ParameterizedTest
    @CsvSource({
            "BOARD, 4150, lead, identifier",
            "INSTITUTION, 00ah, school, identifier",
            "LOCATION, 00AH1, school, identifier",
            "KVK, 1234567, business, identifier",
            "KVK, 12345678, school, role",
            "LOCATION, 00AH01, business, role",
            "LOCATION, 00AH01, lead, role",
            "PERSON, 12345678, business, identifierType",
            "BOARD, 41509, chair, role"})
    void invalidIdentifiersAndRolesAreBadRequestsNamingTheField(String type, String identifier, String role,
            String field) {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Regio").then().statusCode(201);
        addPartner(code, type, identifier, "Partner", role, null)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aPartnerIsInARegionOnceAndARegionHasOneLead() {
        String code = RegistryFixture.regionLikeR01();
        addPartner(code, "KVK", RegistryFixture.BUSINESS_KVK, "Nog eens", "business", null)
                .then().statusCode(409).contentType("application/problem+json");
        addPartner(code, "BOARD", "41271", "Roelof van Echten College", "lead", null)
                .then().statusCode(409).body("detail", containsString("already has a lead"));
        addPartner(code, "BOARD", "41271", "Roelof van Echten College", "school", null).then().statusCode(201);
    }

    @Test
    void aPartnerCanBeInSeveralRegions() {
        String first = RegistryFixture.regionLikeR01();
        String second = RegistryFixture.regionLikeR01();
        given().auth().oauth2(Tokens.businessR01()).when().get("/api/me/regions")
                .then().statusCode(200)
                .body("code", hasItem(first)).body("code", hasItem(second))
                .body("find { it.code == '" + first + "' }.role", is("business"));
    }

    @Test
    void accessFollowsTheMembershipDates() {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Regio").then().statusCode(201);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        addPartner(code, "LOCATION", "16PK07", "Calvijn", "school", tomorrow).then().statusCode(201);
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + code).then().statusCode(403);
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/me/regions")
                .then().body("code", not(hasItem(code)));
    }

    @Test
    void aPartnerThatLeftLosesAccessButStaysInTheHistory() {
        String code = RegistryFixture.regionLikeR02();
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + code).then().statusCode(200);
        String membershipId = given().auth().oauth2(Tokens.admin()).when().get("/api/regions/" + code)
                .then().extract().path("partners.find { it.identifier == '16PK01' }.id");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"leftOn\":\"2019-01-01\"}")
                .when().post("/api/regions/" + code + "/partners/" + membershipId + "/leave")
                .then().statusCode(400).body("errors.field", hasItem("leftOn"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"leftOn\":\"" + LocalDate.now() + "\"}")
                .when().post("/api/regions/" + code + "/partners/" + membershipId + "/leave")
                .then().statusCode(200).body("active", is(false));

        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + code).then().statusCode(403);
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/me/regions")
                .then().body("code", not(hasItem(code)));
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/" + code).then().statusCode(200)
                .body("partners.find { it.identifier == '16PK01' }.leftOn", is(LocalDate.now().toString()));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/regions/" + code + "/partners/" + membershipId + "/leave")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/regions/" + code + "/partners/no-such-membership/leave")
                .then().statusCode(404);
    }

    /** Another replica of this service (or an operator) ends the membership: the check here follows. */
    @Test
    void aMembershipEndedInTheDatabaseElsewhereEndsAccessHereToo() {
        String code = RegistryFixture.regionLikeR02();
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + code).then().statusCode(200);

        Database.update("UPDATE region_access SET left_on = current_date WHERE region_code = ?"
                + " AND organisation_code = ?", code, RegionEvents.SCHOOL_R02_BRIN);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + code).then().statusCode(403));
    }
}
