package nl.sto.monitor.imports;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.Imports.OLD_STUDENT_HEADER;
import static nl.sto.monitor.Imports.studentRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.monitor.Imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of DUO student and location files through the API, as the monitor team uploads them. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class StudentImportTest {

    @TempDir
    Path dir;

    @Test
    void theShippedFilesImportWholeAndImportedAgainChangeNothing() {
        Imports.awaitNoneRunning();
        List<Map<String, Object>> first = given().auth().oauth2(Tokens.monitor()).post("/api/imports/shipped")
                .then().statusCode(202).extract().jsonPath().getList("");
        assertThat(first).extracting(run -> run.get("fileName")).containsExactly("alle-vestigingen-vo.csv",
                "vestigingen_vo_all_geocoded_from_rds.csv", "pc4-population-2023.csv",
                "leerlingen-vo-per-vestiging-naar-onderwijstype-2016.csv",
                "leerlingen-vo-per-vestiging-naar-onderwijstype-2017.csv",
                "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv",
                "examenkandidaten-en-geslaagden-2014-2019.csv", "duo_examen_raw_all.csv");
        first.forEach(run -> assertThat(Imports.awaitFinished((String) run.get("id")).getString("status"))
                .isIn("done", "unchanged"));

        JsonPath students2019 = given().auth().oauth2(Tokens.monitor()).get("/api/imports").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> done = students2019.<Map<String, Object>>getList("").stream()
                .filter(run -> "done".equals(run.get("status")) && "2019-2020".equals(run.get("schoolYear")))
                .findFirst().orElseThrow();
        assertThat(done).containsEntry("kind", "students").containsEntry("rowsRead", 24243)
                .containsEntry("rowsAccepted", 24243).containsEntry("rowsRejected", 0).containsEntry("percent", 100);
        JsonPath share = nationalShare("2019-2020");
        assertThat(share.getLong("numerator")).isEqualTo(11763);
        assertThat(share.getLong("denominator")).isEqualTo(61508);
        assertThat(share.getDouble("value")).isCloseTo(19.1243, within(0.0001));
        assertThat(share.<Map<String, Object>>getList("breakdown"))
                .extracting(p -> p.get("key"), p -> p.get("numerator"), p -> p.get("denominator"))
                .containsExactly(tuple("BL", 4001, 17332), tuple("KL", 6307, 28434), tuple("GL", 1455, 15742));
        JsonPath firstYear = nationalShare("2016-2017");
        assertThat(firstYear.getLong("numerator")).isEqualTo(13311);
        assertThat(firstYear.getLong("denominator")).isEqualTo(69741);
        assertThat(firstYear.getList("schoolYears")).contains("2016-2017", "2017-2018", "2019-2020");
        String before = share.prettify();

        List<Map<String, Object>> again = given().auth().oauth2(Tokens.monitor()).post("/api/imports/shipped")
                .then().statusCode(202).extract().jsonPath().getList("");
        assertThat(again).extracting(run -> run.get("status")).containsOnly("unchanged");
        assertThat(nationalShare("2019-2020").prettify()).isEqualTo(before);
    }

    @Test
    void rowsThatDoNotParseAreTurnedDownWithTheirLineWhileTheRestImports() throws Exception {
        Path file = Imports.write(dir, "leerlingen.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9YA1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "6",
                        "4"),
                studentRow("9YA1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "x", "4"),
                studentRow("9YA1", "1", "VMBO KL lj 3-4", "Techniek", "Mobiliteit en transport", "26", "<5", "7"),
                studentRow("AB", "0", "VMBO KL lj 3-4", "Techniek", "Mobiliteit en transport", "27", "1", "1"),
                studentRow("9YA1", "2", "VMBO GL lj 3-4", "Economie", "Economie en ondernemen", "0028", "3", "3")),
                StandardCharsets.ISO_8859_1);

        String id = Imports.upload(Tokens.monitor(), file, "2091-2092").then().statusCode(202)
                .header("Location", containsString("/api/imports/")).extract().path("id");
        JsonPath run = Imports.awaitFinished(id);

        assertThat(run.getString("status")).isEqualTo("done");
        assertThat(run.getInt("rowsRead")).isEqualTo(5);
        assertThat(run.getInt("rowsAccepted")).isEqualTo(3);
        assertThat(run.getInt("rowsRejected")).isEqualTo(2);
        assertThat(run.<Map<String, Object>>getList("rejections")).extracting(r -> r.get("line"), r -> r.get("reason"))
                .containsExactly(
                        tuple(3, "LEER- OF VERBLIJFSJAAR 3 - MAN is 'x', not a number of students"),
                        tuple(5, "the BRIN number 'AB' is not 4 letters or digits"));
    }

    @Test
    void aFileOfAnotherShapeIsRefusedNamingTheColumnsExpectedAndFound() throws Exception {
        Path file = Imports.write(dir, "cijfers-2019.csv", List.of("REGIO;AANTAL;JAAR", "Utrecht;12;2019"),
                StandardCharsets.UTF_8);
        int runsBefore = runs();

        Imports.upload(Tokens.monitor(), file, null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("Expected, for students: INSTELLINGSCODE or BRIN NUMMER"))
                .body("errors[0].message", containsString("found: REGIO, AANTAL, JAAR"));
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void theSchoolYearIsTheOneGivenOrTheOneTheNameSaysAndOtherwiseAsked() throws Exception {
        List<String> rows = List.of(OLD_STUDENT_HEADER, studentRow("9YB1", "00", "VMBO BL lj 3-4", "Techniek",
                "Bouwen, wonen en interieur", "0031", "2", "1"));
        Path unnamed = Imports.write(dir, "leerlingen.csv", rows, StandardCharsets.UTF_8);
        Imports.upload(Tokens.monitor(), unnamed, null).then().statusCode(400).body("errors[0].field", equalTo("schoolYear"));
        Imports.upload(Tokens.monitor(), unnamed, "2093-2095").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolYear")).body("errors[0].message", containsString("2019-2020"));

        Path named = Imports.write(dir, "leerlingen-vo-2093.csv", rows, StandardCharsets.UTF_8);
        String id = Imports.upload(Tokens.monitor(), named, null).then().statusCode(202)
                .body("schoolYear", equalTo("2093-2094")).extract().path("id");
        assertThat(Imports.awaitFinished(id).getString("status")).isEqualTo("done");
    }

    private static JsonPath nationalShare(String schoolYear) {
        return given().auth().oauth2(Tokens.monitor()).queryParam("schoolYear", schoolYear)
                .get("/api/indicators/technical-share-y3").then().statusCode(200).extract().jsonPath();
    }

    private static int runs() {
        return given().auth().oauth2(Tokens.monitor()).get("/api/imports").then().statusCode(200).extract()
                .jsonPath().getList("").size();
    }
}
