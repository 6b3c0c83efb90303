package nl.sto.reports.obligations;

import static io.restassured.RestAssured.given;
import static nl.sto.reports.ObligationFixture.admittedRegion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/** No region ever owes something due before it was admitted: not when it is admitted, not after an amendment. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ObligationAdmissionTest {

    private static final String AMENDMENTS = "/api/regulations/STO-2020-2023/amendments";

    @Test
    void aLateAdmissionOwesOnlyWhatFallsDueAfterIt() {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, LocalDate.of(2022, 3, 1));
        RegionEvents.joinDemoPartners(code);

        // Progress report 1 (1 Nov 2021) fell due before the admission: not owed, and no dead letter either.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Database.count(
                "SELECT count(*) FROM obligation WHERE region_code = ?", code)).isEqualTo(6));
        assertThat(Database.count("SELECT count(*) FROM admission WHERE region_code = ? AND admitted_on = "
                + "DATE '2022-03-01'", code)).isEqualTo(1);
        assertThat(Database.counts("SELECT regulation_id, count(*) FROM obligation WHERE region_code = ? "
                + "GROUP BY regulation_id", code)).containsOnly(Map.entry("STO-2020-2023", 3L),
                Map.entry("STO-2025-2028", 3L));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.businessR01())
                .when().get("/api/regions/" + code + "/my-role").then().statusCode(200));
        List<Map<String, Object>> owed = JsonPath.from(given().auth().oauth2(Tokens.leadR01())
                .when().get("/api/regions/" + code + "/obligations").then().statusCode(200).extract().asString())
                .getList("findAll { it.regulationId == 'STO-2020-2023' }");
        assertThat(owed).extracting(o -> o.get("kind")).containsExactly("PROGRESS_REPORT_2", "FINAL_REPORT",
                "SPENDING_PERIOD_END");
        assertThat(owed).allSatisfy(o -> assertThat((String) o.get("dueDate")).isGreaterThanOrEqualTo("2022-03-01"));
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ? AND due_date < admitted_on",
                code)).isZero();
    }

    @Test
    void anAdmissionAfterEveryRegulationsPeriodOwesNothingAndIsRecordedWithoutADeadLetter() {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, LocalDate.of(2030, 1, 1));

        // Recorded in the consumer's transaction: had the event gone to the dead letters, this row would not be.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Database.count(
                "SELECT count(*) FROM admission WHERE region_code = ?", code)).isEqualTo(1));
        assertThat(Database.count("SELECT count(*) FROM participation WHERE region_code = ?", code)).isZero();
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ?", code)).isZero();
    }

    @Test
    void anAmendmentThatWouldMakeARegionOweSomethingBeforeItsAdmissionIs400NamingTheDeadline() {
        String code = admittedRegion(LocalDate.of(2021, 6, 1));
        String amendment = """
                {"legalReference":"Stcrt. test %s","title":"Progress report earlier","publishedOn":"2021-01-01",
                 "effectiveOn":"2100-12-31","sourceNote":"test amendment","deadlines":{"PROGRESS_REPORT_1":"2021-05-01"}}"""
                .formatted(UUID.randomUUID());

        for (String path : new String[] {AMENDMENTS + "/preview", AMENDMENTS}) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment)
                    .when().post(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("deadlines.PROGRESS_REPORT_1"))
                    .body("detail", containsString("was admitted on"));
        }
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ? AND kind = "
                + "'PROGRESS_REPORT_1' AND due_date = DATE '2021-11-01'", code)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAnObligationDueBeforeItsRegionsAdmission() {
        String code = RegionEvents.uniqueCode();
        Database.update("INSERT INTO admission (region_code, admitted_on, recorded_at) VALUES (?, DATE '2022-01-01', "
                + "now())", code);
        Database.update("INSERT INTO participation (regulation_id, region_code, grant_decided_on, joined_at) "
                + "VALUES ('STO-2020-2023', ?, DATE '2022-01-01', now())", code);
        assertThatThrownBy(() -> Database.update("""
                INSERT INTO obligation (id, region_code, regulation_id, kind, due_date, status, version, created_at,
                                        admitted_on)
                VALUES (?, ?, 'STO-2020-2023', 'PROGRESS_REPORT_1', DATE '2021-11-01', 'OPEN', 2, now(),
                        DATE '2022-01-01')""", UUID.randomUUID(), code))
                .rootCause().hasMessageContaining("obligation_not_due_before_admission");
        // The same row due on the admission day is allowed.
        Database.update("""
                INSERT INTO obligation (id, region_code, regulation_id, kind, due_date, status, version, created_at,
                                        admitted_on)
                VALUES (?, ?, 'STO-2020-2023', 'PROGRESS_REPORT_1', DATE '2022-01-01', 'OPEN', 2, now(),
                        DATE '2022-01-01')""", UUID.randomUUID(), code);
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ?", code)).isEqualTo(1);
    }

    @Test
    void aDateOfAnAmendmentOutsideTheProgrammeRangeIs400NamingIt() {
        String amendment = """
                {"legalReference":"Stcrt. test %s","title":"Far away","publishedOn":"2021-01-01",
                 "effectiveOn":"2100-12-31","sourceNote":"test amendment","deadlines":{"FINAL_REPORT":"+99999-01-01"}}"""
                .formatted(UUID.randomUUID());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment)
                .when().post(AMENDMENTS + "/preview")
                .then().statusCode(400).body("errors[0].field", is("deadlines.FINAL_REPORT"));
    }
}
