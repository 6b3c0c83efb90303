package nl.sto.monitor.indicators;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.Imports.OLD_STUDENT_HEADER;
import static nl.sto.monitor.Imports.studentRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.monitor.Imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The technical share of year-3 students, nationally and per region, on a school year of files made for the test:
 * the numbers are known, and a region's partners name its locations in each of the three ways (a location, an
 * institution, a board).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class IndicatorTest {

    static final String YEAR = "2095-2096";
    static final String NEXT_YEAR = "2096-2097";
    static final String BOARD = "99901";
    static String byLocationAndBoard;
    static String byInstitution;

    @TempDir
    Path dir;

    /** Once for the class, with the service up. */
    @BeforeEach
    void importTheYearAndItsRegions() throws Exception {
        if (byInstitution != null) {
            return;
        }
        Path locations = Imports.write(dir, "vestigingen.csv", List.of(
                "BEVOEGD GEZAG NUMMER,BRIN NUMMER,VESTIGINGSNUMMER,VESTIGINGSNAAM,GEMEENTENAAM,POSTCODE,"
                        + "ONDERWIJSSTRUCTUUR",
                BOARD + ",9ZB2,9ZB200,\"College \"\"De Brug\"\", locatie Noord\",UTRECHT,3500 AA,VBO/MAVO",
                "99902,9ZA1,9ZA100,Lyceum A,UTRECHT,3501 AA,VBO",
                "99902,9ZA1,9ZA101,Lyceum A Oost,UTRECHT,3502 AA,VBO"), StandardCharsets.UTF_8);
        finished(Imports.upload(Tokens.monitor(), locations, null).then().statusCode(202).extract().path("id"));
        Path students = Imports.write(dir, "leerlingen.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9ZA1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "46", "6",
                        "4"),
                studentRow("9ZA1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "3",
                        "2"),
                studentRow("9ZA1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "20", "10"),
                studentRow("9ZA1", "1", "VMBO KL lj 3-4", "Techniek", "Bouwen, wonen en interieur", "26", "7", "1"),
                studentRow("9ZA1", "1", "VMBO KL lj 3-4", "Economie", "Economie en ondernemen", "27", "6", "6"),
                studentRow("9ZB2", "0", "VMBO GL lj 3-4", "Techniek", "Media, vormgeving en ICT", "28", "3", "2"),
                studentRow("9ZB2", "0", "VMBO GL lj 3-4", "Economie", "Economie en ondernemen", "29", "10", "5"),
                studentRow("9ZC3", "0", "VMBO TL lj 3-4", "N.v.t.", "N.v.t.", "30", "60", "40"),
                studentRow("9ZC3", "0", "VMBO BL lj 3-4", "Techniek", "Maritiem en Techniek", "31", "30", "20")),
                StandardCharsets.ISO_8859_1);
        finished(Imports.upload(Tokens.monitor(), students, YEAR).then().statusCode(202).extract().path("id"));
        Path nextYear = Imports.write(dir, "leerlingen-volgend-jaar.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9ZA1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "12",
                        "8"),
                studentRow("9ZA1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "15", "15")),
                StandardCharsets.ISO_8859_1);
        finished(Imports.upload(Tokens.monitor(), nextYear, NEXT_YEAR).then().statusCode(202).extract().path("id"));

        String locationAndBoard = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(locationAndBoard, LocalDate.of(2020, 1, 1));
        RegionEvents.joinDemoPartners(locationAndBoard);
        partner(locationAndBoard, "LOCATION", "9ZA100");
        partner(locationAndBoard, "BOARD", BOARD);
        String institution = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(institution, LocalDate.of(2020, 1, 1));
        RegionEvents.join(institution, RegionEvents.SCHOOL_R02_BRIN, "school");
        partner(institution, "INSTITUTION", "9ZA1");
        await().until(() -> denominator(locationAndBoard) == 65 && denominator(institution) == 65);
        byLocationAndBoard = locationAndBoard;
        byInstitution = institution;
    }

    @Test
    void nationallyEveryYear3StudentOfTheThreeLeerwegenCounts() {
        JsonPath national = given().auth().oauth2(Tokens.schoolR02()).queryParam("schoolYear", YEAR)
                .get("/api/indicators/technical-share-y3").then().statusCode(200).extract().jsonPath();

        assertThat(national.getString("region")).isNull();
        assertThat(national.getLong("numerator")).isEqualTo(10 + 5 + 8 + 5 + 50);
        assertThat(national.getLong("denominator")).isEqualTo(10 + 5 + 30 + 8 + 12 + 5 + 15 + 50);
        assertThat(national.getDouble("value")).isCloseTo(100.0 * 78 / 135, within(1e-4));
        assertThat(national.getString("definition.source.nl")).contains("Leerlingen vo per vestiging");
        assertThat(national.getString("definition.referenceDate.nl"))
                .isEqualTo("1 oktober van het eerste jaar van het schooljaar");
        assertThat(national.getString("definition.referenceDate.en"))
                .isEqualTo("1 October of the school year's first year");
        assertThat(national.getString("definition.definition.nl")).contains("sector Techniek");
    }

    @Test
    void aRegionCountsTheLocationsItsSchoolPartnersName() {
        JsonPath region = share(Tokens.leadR01(), byLocationAndBoard).then().statusCode(200).extract().jsonPath();

        assertThat(region.getString("region")).isEqualTo(byLocationAndBoard);
        assertThat(region.getLong("numerator")).isEqualTo(20);
        assertThat(region.getLong("denominator")).isEqualTo(65);
        assertThat(region.getDouble("value")).isCloseTo(100.0 * 20 / 65, within(1e-4));
        assertThat(region.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 15, 45), tuple("KL", 0, 0), tuple("GL", 5, 20));
        assertThat(region.getDouble("breakdown[0].value")).isCloseTo(100.0 * 15 / 45, within(1e-4));
        assertThat(region.<Object>get("breakdown[1].value")).isNull();
        assertThat(region.getDouble("breakdown[2].value")).isEqualTo(25.0);

        JsonPath institution = share(Tokens.schoolR02(), byInstitution).then().statusCode(200).extract().jsonPath();
        assertThat(institution.getLong("numerator")).isEqualTo(23);
        assertThat(institution.getLong("denominator")).isEqualTo(65);
    }

    @Test
    void aPartnerThatLeftNoLongerCounts() {
        String region = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(region, LocalDate.of(2020, 1, 1));
        String membership = partner(region, "LOCATION", "9ZB200");
        await().until(() -> denominator(region) == 20);

        RegionEvents.send(EventTypes.PARTNER_LEFT, region, """
                {"membershipId":"%s","regionCode":"%s","organisationCode":"9ZB2","leftOn":"2024-08-01"}"""
                .formatted(membership, region));
        await().until(() -> denominator(region) == 0);
        assertThat(share(Tokens.admin(), region).jsonPath().<Object>get("value")).isNull();
    }

    @Test
    void theChangeInStudentsComparesWithTheYearBeforeOrSaysWhichYearIsMissing() {
        JsonPath change = indicator("technical-students-change", NEXT_YEAR, null);
        assertThat(change.getLong("numerator")).isEqualTo(20);
        assertThat(change.getLong("denominator")).isEqualTo(78);
        assertThat(change.getDouble("value")).isCloseTo(100.0 * (20 - 78) / 78, within(1e-4));
        assertThat(change.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("technical", 20, 78), tuple("non-technical", 30, 57));
        assertThat(change.getString("missing")).isNull();

        JsonPath first = indicator("technical-students-change", YEAR, null);
        assertThat(first.getString("missing")).isEqualTo("2094-2095");
        assertThat(first.<Object>get("value")).isNull();
        assertThat(first.getLong("numerator")).isEqualTo(78);
    }

    @Test
    void locationsOfferingATechnicalProfileCountOnceOverBothLeerwegen() {
        JsonPath national = indicator("technical-locations", YEAR, null);
        assertThat(national.getLong("numerator")).isEqualTo(3);
        assertThat(national.getDouble("value")).isEqualTo(3.0);
        assertThat(national.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 2, 2), tuple("KL", 1, 1));

        JsonPath region = indicator("technical-locations", YEAR, byLocationAndBoard);
        assertThat(region.getLong("numerator")).isEqualTo(1);
        assertThat(region.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 1, 1), tuple("KL", 0, 0));
    }

    @Test
    void whatDoesNotExistIs404AndAMalformedYear400() {
        given().auth().oauth2(Tokens.monitor()).get("/api/indicators/share-of-nothing").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("technical-share-y3"));
        given().auth().oauth2(Tokens.monitor()).queryParam("schoolYear", "1999-2000")
                .get("/api/indicators/technical-share-y3").then().statusCode(404)
                .body("detail", containsString(YEAR));
        given().auth().oauth2(Tokens.monitor()).queryParam("region", RegionEvents.uniqueCode())
                .get("/api/indicators/technical-share-y3").then().statusCode(404);
        given().auth().oauth2(Tokens.monitor()).queryParam("schoolYear", "2019")
                .get("/api/indicators/technical-share-y3").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
    }

    @Test
    void theListGivesEveryIndicatorWithItsDefinition() {
        given().auth().oauth2(Tokens.businessR01()).get("/api/indicators").then().statusCode(200)
                .body("id", contains("technical-share-y3", "technical-students-change", "technical-locations",
                        "reachability-10km", "technical-exams", "flow-through-mbo"))
                .body("[0].unit", equalTo("percent"))
                .body("[0].title.nl", containsString("technisch profiel"));
    }

    private static JsonPath indicator(String id, String year, String region) {
        var request = given().auth().oauth2(Tokens.monitor()).queryParam("schoolYear", year);
        if (region != null) {
            request = request.queryParam("region", region);
        }
        return request.get("/api/indicators/" + id).then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.Response share(String token, String region) {
        return given().auth().oauth2(token).queryParam("schoolYear", YEAR).queryParam("region", region)
                .get("/api/indicators/technical-share-y3");
    }

    /** The region's denominator as the ministry reads it; -1 while the region is not known yet. */
    private static long denominator(String region) {
        var answer = share(Tokens.admin(), region);
        return answer.statusCode() == 200 ? answer.jsonPath().getLong("denominator") : -1;
    }

    private static String partner(String region, String type, String identifier) {
        String membership = UUID.randomUUID().toString();
        RegionEvents.send(EventTypes.PARTNER_JOINED, region, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"%s","identifier":"%s",
                 "organisationCode":"%s","name":"School %s","role":"school","joinedOn":"2020-01-01"}"""
                .formatted(membership, region, type, identifier, identifier.substring(0, 4), identifier));
        return membership;
    }

    private static void finished(String id) {
        assertThat(Imports.awaitFinished(id).getString("status")).isIn("done", "unchanged");
    }
}
