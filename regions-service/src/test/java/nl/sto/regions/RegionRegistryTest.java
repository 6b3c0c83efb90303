package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static nl.sto.regions.RegistryFixture.addPartner;
import static nl.sto.regions.RegistryFixture.register;
import static nl.sto.regions.RegistryFixture.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegionRegistryTest {

    @Test
    void lateAdmissionNeedsTheCommitteesAdvice() {
        String code = uniqueCode();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Dronten\",\"tranche\":\"LATE\",\"admittedOn\":\"2021-04-01\"}")
                .when().post("/api/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("adviceReference"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Dronten\",\"tranche\":\"LATE\",\"admittedOn\":\"2021-04-01\","
                        + "\"adviceReference\":\"BC-2021-003\"}")
                .when().post("/api/regions")
                .then().statusCode(201)
                .body("tranche", is("LATE")).body("admittedOn", is("2021-04-01"))
                .body("adviceReference", is("BC-2021-003"));

        var events = KafkaProbe.awaitRecords(Topics.REGIONS, r -> code.equals(r.key()), 2);
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type"))
                .containsExactly(EventTypes.REGION_REGISTERED, EventTypes.REGION_ADMITTED);
    }

    @Test
    void unknownTrancheAndMissingDateAreBadRequests() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + uniqueCode() + "\",\"name\":\"X\",\"tranche\":\"4\"}")
                .when().post("/api/regions")
                .then().statusCode(400).body("errors.field", hasItems("tranche", "admittedOn"));
    }

    @Test
    void detailShowsPlanPartnersGrantsAndCofinancingShare() {
        String code = RegistryFixture.regionLikeR01();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Regio Emmen\",\"duurzaam\":\"Duurzame techniek\",\"dekkend\":\"Overal bereikbaar\","
                        + "\"kwalitatief\":\"Goede docenten\"}")
                .when().put("/api/regions/" + code + "/plan").then().statusCode(200).body("name", is("Regio Emmen"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"year\":2022,\"amount\":1000000.00}")
                .when().post("/api/regions/" + code + "/grants").then().statusCode(201);
        given().auth().oauth2(Tokens.businessR01()).contentType(ContentType.JSON)
                .body("{\"year\":2022,\"amount\":125000.50,\"kind\":\"MONEY\"}")
                .when().post("/api/regions/" + code + "/cofinancing").then().statusCode(200);
        given().auth().oauth2(Tokens.businessR01())
                .when().post("/api/regions/" + code + "/cofinancing/2022/confirm").then().statusCode(200)
                .body("confirmed", is(true));

        given().auth().oauth2(Tokens.leadR01())
                .when().get("/api/regions/" + code)
                .then().statusCode(200)
                .body("yourRole", is("lead"))
                .body("plan.duurzaam", is("Duurzame techniek"))
                .body("partners.identifier", hasItems(RegistryFixture.LEAD_BOARD, RegistryFixture.BUSINESS_KVK))
                .body("years[0].year", is(2022))
                .body("years[0].grant", is(1000000.00f))
                .body("years[0].cofinancingConfirmed", is(125000.50f))
                .body("years[0].cofinancingShare", is(12.5f));
    }

    /** A region read before is kept whole; every change, by the API or straight in the database, shows at once. */
    @Test
    void everyChangeShowsAtTheNextRead() {
        String code = RegistryFixture.regionLikeR01();
        String url = "/api/regions/" + code;
        given().auth().oauth2(Tokens.leadR01()).when().get(url).then().statusCode(200).body("years", hasSize(0));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"year\":2022,\"amount\":1000000.00}")
                .when().post(url + "/grants").then().statusCode(201);
        given().auth().oauth2(Tokens.leadR01()).when().get(url).then().body("years[0].grant", is(1000000.00f));

        Database.update("UPDATE grant_award SET amount = 2000000 WHERE region_code = ?", code);
        given().auth().oauth2(Tokens.leadR01()).when().get(url).then().body("years[0].grant", is(2000000.00f));

        Database.update("UPDATE region SET name = 'Regio Hernoemd' WHERE code = ?", code);
        given().auth().oauth2(Tokens.leadR01()).when().get(url).then().body("name", is("Regio Hernoemd"));

        Database.update("DELETE FROM grant_award WHERE region_code = ?", code);
        given().auth().oauth2(Tokens.leadR01()).when().get(url).then().body("years", hasSize(0));
    }

    @Test
    void unknownRegionIsNotFoundAndOtherRegionIsForbidden() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/NOPE99")
                .then().statusCode(404).contentType("application/problem+json");
        String r02 = RegistryFixture.regionLikeR02();
        given().auth().oauth2(Tokens.leadR01()).when().get("/api/regions/" + r02)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regions/" + r02)
                .then().statusCode(200).body("yourRole", is("school"));
        given().auth().oauth2(Tokens.monitor()).when().get("/api/regions/" + r02)
                .then().statusCode(200).body("yourRole", is("monitor"));
    }

    @Test
    void ministryFindsRegionsByNamePartnerAndMunicipality() {
        String code = uniqueCode();
        register(Tokens.admin(), code, "Zoekregio " + code).then().statusCode(201);
        addPartner(code, "INSTITUTION", "02VB", "Ichthus College " + code, "school", null).then().statusCode(201);

        given().auth().oauth2(Tokens.reviewer()).queryParam("q", "zoekregio " + code.toLowerCase())
                .when().get("/api/regions").then().statusCode(200)
                .body("code", hasItem(code)).body("$", hasSize(1));
        given().auth().oauth2(Tokens.monitor()).queryParam("partner", "ichthus college " + code)
                .when().get("/api/regions").then().statusCode(200).body("code", hasItem(code))
                .body("[0].partners", is(1)).body("[0].municipalities", hasItem("Emmen"));
        // Pages hold at most 200 regions, and every test region has partners in Emmen: narrowed to this one.
        given().auth().oauth2(Tokens.admin()).queryParam("municipality", "emm").queryParam("q", code)
                .when().get("/api/regions").then().statusCode(200).body("code", hasItem(code));
        given().auth().oauth2(Tokens.admin()).queryParam("municipality", "Rotterdam").queryParam("q", code)
                .when().get("/api/regions").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(Tokens.leadR01()).when().get("/api/regions").then().statusCode(403);
    }

    @Test
    void closedRegionTakesNoNewPartners() {
        String code = RegistryFixture.regionLikeR01();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"closedOn\":\"2019-01-01\"}")
                .when().post("/api/regions/" + code + "/close")
                .then().statusCode(400).body("errors.field", hasItem("closedOn"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"closedOn\":\"2024-12-31\",\"reason\":\"Programma afgerond\"}")
                .when().post("/api/regions/" + code + "/close")
                .then().statusCode(200).body("status", is("CLOSED"));
        addPartner(code, "INSTITUTION", "16VP", "Hondsrug", "school", null)
                .then().statusCode(409).body("detail", containsString("closed")).body("code", is("region-closed"))
                .body("params.closedOn", is("2024-12-31"));
    }

    @Test
    void everyChangeIsAuditedAndOnlyTheMinistryReadsTheTrail() {
        String code = RegistryFixture.regionLikeR01();
        given().auth().oauth2(Tokens.reviewer()).queryParam("region", code)
                .when().get("/api/audit").then().statusCode(200)
                .body("action", hasItems("region.registered", "partner.joined"))
                .body("region", everyItem(is(code)))
                .body("actor", not(hasItem(nullValue())));
        given().auth().oauth2(Tokens.leadR01()).queryParam("region", code)
                .when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.monitor()).when().get("/api/audit").then().statusCode(403);
    }

    /** The region says what its reader may do with it, so the portal offers those forms and no others. */
    @Test
    void eachReaderIsToldWhatItMayDoWithTheRegion() {
        String code = RegistryFixture.regionLikeR01();
        assertThat(allowedFor(Tokens.leadR01(), code)).isEqualTo(allowed(false, true, false, false));
        assertThat(allowedFor(Tokens.businessR01(), code)).isEqualTo(allowed(true, false, false, false));
        assertThat(allowedFor(Tokens.admin(), code)).isEqualTo(allowed(false, true, true, true));
        assertThat(allowedFor(Tokens.reviewer(), code)).isEqualTo(allowed(false, false, false, true));
        assertThat(allowedFor(Tokens.monitor(), code)).isEqualTo(allowed(false, false, false, false));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"closedOn\":\"2024-08-01\"}")
                .when().post("/api/regions/" + code + "/close").then().statusCode(200);
        assertThat(allowedFor(Tokens.businessR01(), code)).isEqualTo(allowed(false, false, false, false));
        assertThat(allowedFor(Tokens.admin(), code)).isEqualTo(allowed(false, true, false, true));
    }

    private static java.util.Map<String, Boolean> allowedFor(String token, String code) {
        return given().auth().oauth2(token).when().get("/api/regions/" + code).then().statusCode(200)
                .extract().jsonPath().getMap("allowed");
    }

    private static java.util.Map<String, Boolean> allowed(boolean stateCofinancing, boolean maintainContacts,
            boolean administer, boolean readAudit) {
        return java.util.Map.of("stateCofinancing", stateCofinancing, "maintainContacts", maintainContacts,
                "administer", administer, "readAudit", readAudit);
    }
}
