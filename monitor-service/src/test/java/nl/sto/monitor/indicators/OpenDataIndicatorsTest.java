package nl.sto.monitor.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
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
 * The reachability and exam indicators on the shipped open data (geocoded DUO locations, CBS population per postcode
 * area, both DUO exam files), and flow-through to mbo, which no open data holds. The expected figures were worked
 * out from the files independently of the service.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class OpenDataIndicatorsTest {

    private static final String EXAM_HEADER = "BRIN NUMMER;VESTIGINGSNUMMER;INSTELLINGSNAAM VESTIGING;GEMEENTENAAM;"
            + "ONDERWIJSTYPE VO;INSPECTIECODE;OPLEIDINGSNAAM;"
            + "EXAMENKANDIDATEN SCHOOLJAAR 2090-2091 - TOTAAL;GESLAAGDEN SCHOOLJAAR 2090-2091 - TOTAAL;"
            + "SLAAGPERC SCHOOLJAAR 2090-2091 - TOTAAL";
    private static boolean shippedImported;

    @TempDir
    Path dir;

    @BeforeEach
    void importTheShippedFiles() {
        if (shippedImported) {
            return;
        }
        Imports.awaitNoneRunning();
        List<String> ids = given().auth().oauth2(Tokens.monitor()).post("/api/imports/shipped").then().statusCode(202)
                .extract().jsonPath().getList("id");
        ids.forEach(id -> assertThat(Imports.awaitFinished(id).getString("status")).isIn("done", "unchanged"));
        shippedImported = true;
    }

    @Test
    void theGeocodedLocationsAndThePopulationImportWithTheLocationsWithoutAPositionTurnedDown() {
        Map<String, Object> positions = doneRun("vestigingen_vo_all_geocoded_from_rds.csv");
        assertThat(positions).containsEntry("kind", "coordinates").containsEntry("rowsRead", 1619)
                .containsEntry("rowsAccepted", 1577).containsEntry("rowsRejected", 42);
        JsonPath run = given().auth().oauth2(Tokens.monitor()).get("/api/imports/" + positions.get("id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(run.getString("rejections[0].reason")).endsWith("has no position");

        assertThat(doneRun("pc4-population-2023.csv")).containsEntry("kind", "population")
                .containsEntry("rowsRead", 4070).containsEntry("rowsRejected", 0);
    }

    @Test
    void nationallyTheYoungWithin10KmOfTechnicalBlOrKlCount() {
        JsonPath reach = indicator("reachability-10km", "2019-2020", null);

        assertThat(reach.getLong("numerator")).isEqualTo(2_109_080);
        assertThat(reach.getLong("denominator")).isEqualTo(2_188_160);
        assertThat(reach.getDouble("value")).isCloseTo(96.3860, within(1e-4));
        assertThat(reach.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 2_068_415, 2_188_160), tuple("KL", 2_109_080, 2_188_160));
        assertThat(reach.getString("note")).isNull();
        assertThat(reach.getString("definition.definition.nl")).contains("binnen 10 km");
    }

    @Test
    void aRegionCountsThePostcodeAreasWhoseNearestLocationIsOneOfItsPartnersAndReadsItsFiguresForItsReport() {
        String region = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(region, LocalDate.of(2020, 1, 1));
        partner(region, "00WI04");
        partner(region, "00ZV02");

        await().until(() -> given().auth().oauth2(Tokens.admin()).queryParam("schoolYear", "2019-2020")
                .queryParam("region", region).get("/api/indicators/reachability-10km").then().extract()
                .jsonPath().getLong("denominator") == 3885 + 1640);
        JsonPath reach = indicator("reachability-10km", "2019-2020", region);
        assertThat(reach.getLong("numerator")).isEqualTo(1280 + 1500);
        assertThat(reach.getString("region")).isEqualTo(region);

        JsonPath figures = given().auth().oauth2(Tokens.admin()).queryParam("region", region)
                .get("/api/indicators/figures").then().statusCode(200).extract().jsonPath();
        Map<String, Object> reachFigure = figures.<Map<String, Object>>getList("figures").stream()
                .filter(f -> "reachability-10km".equals(f.get("id"))).findFirst().orElseThrow();
        assertThat(reachFigure).containsEntry("schoolYear", "2019-2020").containsEntry("numerator", 2780)
                .containsEntry("denominator", 5525);
        assertThat((Float) reachFigure.get("national")).isCloseTo(96.386f, within(0.001f));
        assertThat(figures.getString("text.nl")).contains("Cijfers van regio " + region)
                .contains("Jongeren binnen 10 km van techniek in BL/KL (2019-2020): 50,3% (2.780 van 5.525); "
                        + "landelijk 96,4%");
        assertThat(figures.getString("text.en")).contains("50.3% (2,780 of 5,525); nationally 96.4%");
        given().auth().oauth2(Tokens.leadR01()).queryParam("region", region).get("/api/indicators/figures").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/indicators/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void examPassRatesComeFromBothDuoFormatsWithSuppressedCountsLeftOut() {
        JsonPath old = indicator("technical-exams", "2018-2019", null);
        assertThat(old.getLong("numerator")).isEqualTo(4177 + 5788 + 859);
        assertThat(old.getLong("denominator")).isEqualTo(4255 + 6039 + 935);
        assertThat(old.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 4177, 4255), tuple("KL", 5788, 6039), tuple("GL", 859, 935),
                        tuple("TL", 8195, 8651));
        assertThat(old.getList("schoolYears")).contains("2014-2015", "2018-2019", "2019-2020", "2023-2024");

        JsonPath recent = indicator("technical-exams", "2023-2024", null);
        assertThat(recent.getLong("numerator")).isEqualTo(3230 + 5380 + 825);
        assertThat(recent.getLong("denominator")).isEqualTo(3312 + 5611 + 901);
        assertThat(recent.getDouble("value")).isCloseTo(100.0 * 9435 / 9824, within(1e-4));

        assertThat(doneRun("examenkandidaten-en-geslaagden-2014-2019.csv")).containsEntry("schoolYear", "2014-2019")
                .containsEntry("rowsRead", 13986).containsEntry("rowsRejected", 0);
        assertThat(doneRun("duo_examen_raw_all.csv")).containsEntry("schoolYear", "2019-2024")
                .containsEntry("rowsRead", 12782).containsEntry("rowsRejected", 0);
    }

    @Test
    void anExamFileWithoutSchoolYearColumnsIsRefusedAndRowsThatDoNotAddUpAreTurnedDown() throws Exception {
        Path noYears = Imports.write(dir, "examens.csv", List.of(EXAM_HEADER.replace("SCHOOLJAAR 2090-2091", "X"),
                "9YE1;9YE100;School;ERGENS;VMBO;1;VMBO B - techniek;10;9;90"), StandardCharsets.UTF_8);
        Imports.upload(Tokens.monitor(), noYears, null).then().statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("EXAMENKANDIDATEN SCHOOLJAAR yyyy-yyyy - TOTAAL"));

        Path exams = Imports.write(dir, "examens.csv", List.of(EXAM_HEADER,
                "9YE1;9YE100;School;ERGENS;VMBO;1;VMBO B - techniek;10;9;90",
                "9YE1;9YE100;School;ERGENS;VMBO;2;VMBO K - techniek;6;7;116",
                "9YE1;9YE100;School;ERGENS;VMBO;3;VMBO K - economie;<5;<5;100",
                "9YE1;9YE101;School;ERGENS;VMBO;4;VMBO LWT - techniek;5;4;80",
                "9YE1;9YE101;School;ERGENS;VMBO;5;VMBO G - techniek;<5;<5;100"), StandardCharsets.UTF_8);
        String id = Imports.upload(Tokens.monitor(), exams, null).then().statusCode(202)
                .body("schoolYear", equalTo("2090-2091")).extract().path("id");
        JsonPath run = Imports.awaitFinished(id);
        assertThat(run.getInt("rowsAccepted")).isEqualTo(4);
        assertThat(run.<Map<String, Object>>getList("rejections")).extracting(r -> r.get("line"), r -> r.get("reason"))
                .containsExactly(tuple(3, "GESLAAGDEN SCHOOLJAAR 2090-2091 - TOTAAL is 7, more than the 6 candidates"));

        JsonPath exam = indicator("technical-exams", "2090-2091", null);
        assertThat(exam.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 13, 15), tuple("KL", 0, 0), tuple("GL", 0, 0), tuple("TL", 0, 0));
    }

    @Test
    void flowThroughSaysNoOpenDataHoldsItUntilTheMonitorTeamUploadsAFile() throws Exception {
        JsonPath before = indicator("flow-through-mbo", null, null);
        assertThat(before.<Object>get("value")).isNull();
        assertThat(before.getString("note")).contains("No open data").contains("NAAR TECHNISCH MBO");
        assertThat(before.getString("noteCode")).isEqualTo("no-open-data");
        assertThat(before.getList("schoolYears")).isEmpty();

        Path flow = Imports.write(dir, "doorstroom-2090.csv", List.of(
                "VESTIGINGSCODE;LEERWEG;GEDIPLOMEERDEN;NAAR TECHNISCH MBO",
                "9YF100;BL;40;12", "9YF100;KL;30;9", "9YF101;gl;10;1", "9YF101;KL;5;6", "9YF102;XL;5;1"),
                StandardCharsets.UTF_8);
        String id = Imports.upload(Tokens.monitor(), flow, null).then().statusCode(202)
                .body("kind", equalTo("flow-through")).body("schoolYear", equalTo("2090-2091")).extract().path("id");
        JsonPath run = Imports.awaitFinished(id);
        assertThat(run.<Map<String, Object>>getList("rejections")).extracting(r -> r.get("line"))
                .containsExactly(5, 6);

        JsonPath after = indicator("flow-through-mbo", null, null);
        assertThat(after.getString("schoolYear")).isEqualTo("2090-2091");
        assertThat(after.getString("note")).isNull();
        assertThat(after.getLong("numerator")).isEqualTo(22);
        assertThat(after.getLong("denominator")).isEqualTo(80);
        assertThat(after.getDouble("value")).isEqualTo(27.5);
        given().auth().oauth2(Tokens.monitor()).queryParam("schoolYear", "2089-2090")
                .get("/api/indicators/flow-through-mbo").then().statusCode(404)
                .body("detail", containsString("2090-2091"));
    }

    private static JsonPath indicator(String id, String year, String region) {
        var request = given().auth().oauth2(Tokens.monitor());
        if (year != null) {
            request = request.queryParam("schoolYear", year);
        }
        if (region != null) {
            request = request.queryParam("region", region);
        }
        return request.get("/api/indicators/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The run that imported the file (a later import of the same file is recorded as unchanged). */
    private static Map<String, Object> doneRun(String fileName) {
        return given().auth().oauth2(Tokens.monitor()).get("/api/imports").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream()
                .filter(run -> "done".equals(run.get("status")) && fileName.equals(run.get("fileName")))
                .findFirst().orElseThrow();
    }

    private static void partner(String region, String location) {
        RegionEvents.send(EventTypes.PARTNER_JOINED, region, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"LOCATION","identifier":"%s",
                 "organisationCode":"%s","name":"School %s","role":"school","joinedOn":"2020-01-01"}"""
                .formatted(UUID.randomUUID(), region, location, location.substring(0, 4), location));
    }
}
