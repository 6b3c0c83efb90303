package nl.sto.monitor.indicators;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.Imports.OLD_STUDENT_HEADER;
import static nl.sto.monitor.Imports.studentRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.monitor.Imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's figures for its report, asked again and again as the portal does: the same while nothing changed, and
 * following at once a change of the region's partners or an import, on school years and locations of this test only.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegionFiguresTest {

    private static final String YEAR = "2085-2086";
    private static final String CORRECTED_YEAR = "2086-2087";
    private static final String SHARE = "technical-share-y3";
    private static boolean imported;

    @TempDir
    Path dir;

    /**
     * Once for the class: location 9ZD100 has 10 of its 30 year-3 students in a technical programme, 9ZD101 5 of 15.
     */
    @BeforeEach
    void importTheYear() throws Exception {
        if (imported) {
            return;
        }
        Path students = Imports.write(dir, "leerlingen.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9ZD1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "6",
                        "4"),
                studentRow("9ZD1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "10", "10"),
                studentRow("9ZD1", "1", "VMBO KL lj 3-4", "Techniek", "Bouwen, wonen en interieur", "26", "3", "2"),
                studentRow("9ZD1", "1", "VMBO KL lj 3-4", "Economie", "Economie en ondernemen", "27", "5", "5")),
                StandardCharsets.ISO_8859_1);
        finished(Imports.upload(Tokens.monitor(), students, YEAR).then().statusCode(202).extract().path("id"));
        imported = true;
    }

    @Test
    void askedAgainARegionGetsTheSameFiguresAndAnotherRegionItsOwn() {
        String region = region();
        partner(region, "9ZD100");
        JsonPath first = await().until(() -> figures(region), f -> share(f).get("denominator").equals(30));

        assertThat(share(first)).containsEntry("schoolYear", YEAR).containsEntry("numerator", 10);
        assertThat((Float) share(first).get("national")).isCloseTo(100f * 15 / 45, within(0.001f));
        assertThat(first.getString("text.nl")).contains("(" + YEAR + "): 33,3% (10 van 30); landelijk 33,3%");
        assertThat(figures(region).prettify()).isEqualTo(first.prettify());

        String other = region();
        partner(other, "9ZD101");
        JsonPath others = await().until(() -> figures(other), f -> share(f).get("denominator").equals(15));
        assertThat(others.getString("region")).isEqualTo(other);
        assertThat(share(others)).containsEntry("numerator", 5);
        assertThat(figures(region).prettify()).isEqualTo(first.prettify());
    }

    @Test
    void aPartnerThatJoinsOrLeavesCountsAtTheNextRequest() {
        String region = region();
        partner(region, "9ZD100");
        await().until(() -> share(figures(region)).get("denominator").equals(30));

        String membership = partner(region, "9ZD101");
        JsonPath joined = await().until(() -> figures(region), f -> share(f).get("denominator").equals(45));
        assertThat(share(joined)).containsEntry("numerator", 15);
        assertThat(joined.getString("text.en")).contains("33.3% (15 of 45)");

        RegionEvents.send(EventTypes.PARTNER_LEFT, region, """
                {"membershipId":"%s","regionCode":"%s","organisationCode":"9ZD1","leftOn":"2085-08-01"}"""
                .formatted(membership, region));
        JsonPath left = await().until(() -> figures(region), f -> share(f).get("denominator").equals(30));
        assertThat(share(left)).containsEntry("numerator", 10);
    }

    @Test
    void aCorrectedFileCountsAsSoonAsItsImportIsDone() throws Exception {
        Path students = Imports.write(dir, "leerlingen.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9ZE1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "2",
                        "2"),
                studentRow("9ZE1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "2", "2")),
                StandardCharsets.ISO_8859_1);
        finished(Imports.upload(Tokens.monitor(), students, CORRECTED_YEAR).then().statusCode(202).extract().path("id"));
        String region = region();
        partner(region, "9ZE100");
        JsonPath before = await().until(() -> figures(region), f -> share(f).get("denominator").equals(8));
        assertThat(share(before)).containsEntry("schoolYear", CORRECTED_YEAR).containsEntry("numerator", 4);

        Path corrected = Imports.write(dir, "leerlingen-gecorrigeerd.csv", List.of(OLD_STUDENT_HEADER,
                studentRow("9ZE1", "0", "VMBO BL lj 3-4", "Techniek", "Produceren, installeren en energie", "24", "3",
                        "3"),
                studentRow("9ZE1", "0", "VMBO BL lj 3-4", "Zorg & Welzijn", "Zorg en welzijn", "25", "1", "1")),
                StandardCharsets.ISO_8859_1);
        String run = Imports.upload(Tokens.monitor(), corrected, CORRECTED_YEAR).then().statusCode(202)
                .extract().path("id");
        assertThat(Imports.awaitFinished(run).getString("status")).isEqualTo("done");

        JsonPath after = figures(region);
        assertThat(share(after)).containsEntry("numerator", 6).containsEntry("denominator", 8);
        assertThat((Float) share(after).get("national")).isEqualTo(75f);
        assertThat(after.getString("text.nl")).contains("75,0% (6 van 8); landelijk 75,0%");
    }

    private static String region() {
        String region = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(region, LocalDate.of(2020, 1, 1));
        return region;
    }

    private static String partner(String region, String location) {
        String membership = UUID.randomUUID().toString();
        RegionEvents.send(EventTypes.PARTNER_JOINED, region, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"LOCATION","identifier":"%s",
                 "organisationCode":"%s","name":"School %s","role":"school","joinedOn":"2020-01-01"}"""
                .formatted(membership, region, location, location.substring(0, 4), location));
        return membership;
    }

    /** The region's figures as the ministry reads them; null while the region is not known yet. */
    private static JsonPath figures(String region) {
        Response answer = given().auth().oauth2(Tokens.admin()).queryParam("region", region)
                .get("/api/indicators/figures");
        return answer.statusCode() == 200 ? answer.jsonPath() : null;
    }

    /** The technical share among the figures; empty while the region has none (or is not known yet). */
    private static Map<String, Object> share(JsonPath figures) {
        if (figures == null) {
            return Map.of("denominator", -1);
        }
        return figures.<Map<String, Object>>getList("figures").stream().filter(f -> SHARE.equals(f.get("id")))
                .findFirst().orElse(Map.of("denominator", -1));
    }

    private static void finished(String id) {
        assertThat(Imports.awaitFinished(id).getString("status")).isIn("done", "unchanged");
    }
}
