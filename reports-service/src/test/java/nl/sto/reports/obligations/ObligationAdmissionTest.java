package nl.sto.reports.obligations;

import static io.restassured.RestAssured.given;
import static nl.sto.reports.ObligationFixture.admittedRegion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

/** No region ever owes something due before it was admitted: not when it is admitted, not after an amendment. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ObligationAdmissionTest {

    private static final String DEAD_LETTERS = Topics.REGIONS + ".dlq.reports-service.region-admissions";

    @Test
    void anAdmissionAfterTheRegulationsDeadlinesGivesNoObligationsAndGoesToTheDeadLettersWithTheReason() {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, LocalDate.of(2030, 1, 1));

        var dead = KafkaProbe.awaitRecords(DEAD_LETTERS, r -> code.equals(r.key()), 1);

        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("admitted on 2030-01-01");
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ?", code)).isZero();
    }

    @Test
    void anAmendmentThatWouldMakeARegionOweSomethingBeforeItsAdmissionIs400NamingTheDeadline() {
        admittedRegion(LocalDate.of(2021, 6, 1));
        String amendment = """
                {"legalReference":"Stcrt. test %s","title":"Progress report earlier","publishedOn":"2021-01-01",
                 "effectiveOn":"2100-12-31","sourceNote":"test amendment","deadlines":{"PROGRESS_REPORT_1":"2021-05-01"}}"""
                .formatted(UUID.randomUUID());

        for (String path : new String[] {"/api/regulation/amendments/preview", "/api/regulation/amendments"}) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment)
                    .when().post(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("deadlines.PROGRESS_REPORT_1"))
                    .body("detail", containsString("was admitted on"));
        }
    }

    @Test
    void theDatabaseRefusesAnObligationDueBeforeItsRegionsAdmission() {
        assertThatThrownBy(() -> Database.update("""
                INSERT INTO obligation (id, region_code, kind, due_date, status, version, created_at, admitted_on)
                VALUES (?, ?, 'PROGRESS_REPORT_1', DATE '2021-11-01', 'OPEN', 2, now(), DATE '2022-01-01')""",
                UUID.randomUUID(), RegionEvents.uniqueCode()))
                .rootCause().hasMessageContaining("obligation_not_due_before_admission");
    }

    @Test
    void aDateOfAnAmendmentOutsideTheProgrammeRangeIs400NamingIt() {
        String amendment = """
                {"legalReference":"Stcrt. test %s","title":"Far away","publishedOn":"2021-01-01",
                 "effectiveOn":"2100-12-31","sourceNote":"test amendment","deadlines":{"FINAL_REPORT":"+99999-01-01"}}"""
                .formatted(UUID.randomUUID());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment)
                .when().post("/api/regulation/amendments/preview")
                .then().statusCode(400).body("errors[0].field", is("deadlines.FINAL_REPORT"));
    }
}
