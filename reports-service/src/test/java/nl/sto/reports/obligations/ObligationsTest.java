package nl.sto.reports.obligations;

import static io.restassured.RestAssured.given;
import static nl.sto.reports.ObligationFixture.admittedRegion;
import static nl.sto.reports.ObligationFixture.lastMove;
import static nl.sto.reports.ObligationFixture.obligationsByKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ObligationsTest {

    static final String COVID_AMENDMENT = "Stcrt. 2021, nr. 40070";

    @Test
    void aRegionAdmittedIn2020OwesFourObligationsAndShowsWhyEachDateIsWhatItIs() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));

        Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.leadR01());

        assertThat(obligations).containsOnlyKeys("PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT",
                "SPENDING_PERIOD_END");
        Map<String, Object> progress = obligations.get("PROGRESS_REPORT_1");
        assertThat(progress.get("dueDate")).isEqualTo("2021-11-01");
        assertThat(progress.get("legalReference")).isEqualTo(COVID_AMENDMENT);
        assertThat((List<?>) progress.get("history")).hasSize(1);
        assertThat(lastMove(progress)).containsEntry("from", "2021-10-01").containsEntry("to", "2021-11-01")
                .containsEntry("reason", COVID_AMENDMENT).containsEntry("version", 2);
        assertThat(obligations.get("FINAL_REPORT").get("dueDate")).isEqualTo("2024-12-01");
        assertThat(obligations.get("SPENDING_PERIOD_END").get("dueDate")).isEqualTo("2024-08-01");
        assertThat(lastMove(obligations.get("SPENDING_PERIOD_END"))).containsEntry("from", "2024-01-01");
    }

    @Test
    void aRegionAdmittedAfterTheAmendmentGetsTheAmendedDatesWithoutHistory() {
        String code = admittedRegion(LocalDate.of(2021, 6, 1));

        Map<String, Object> progress = obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_1");

        assertThat(progress.get("dueDate")).isEqualTo("2021-11-01");
        assertThat(progress.get("legalReference")).isEqualTo(COVID_AMENDMENT);
        assertThat((List<?>) progress.get("history")).isEmpty();
    }

    @Test
    void eachObligationIsAnnouncedOnceEvenWhenTheAdmissionIsRedelivered() {
        String code = RegionEvents.uniqueCode();
        String admission = "{\"code\":\"%s\",\"tranche\":\"1\",\"admittedOn\":\"2020-06-01\"}".formatted(code);
        String eventId = java.util.UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(Topics.REGIONS, eventId, EventTypes.REGION_ADMITTED, code, admission);
        KafkaProbe.sendCloudEvent(Topics.REGIONS, eventId, EventTypes.REGION_ADMITTED, code, admission);
        RegionEvents.send(EventTypes.REGION_ADMITTED, code, admission);

        var created = KafkaProbe.awaitRecords(Topics.REGULATION, r -> code.equals(r.key())
                && EventTypes.OBLIGATION_CREATED.equals(KafkaProbe.header(r, "ce_type")), 4);

        assertThat(created).hasSize(4);
        assertThat(created).extracting(r -> JsonPath.from(r.value()).getString("kind")).containsExactlyInAnyOrder(
                "PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT", "SPENDING_PERIOD_END");
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ?", code)).isEqualTo(4);
    }

    @Test
    void aReportObligationPastItsDateBecomesOverdueOnceAndTheSpendingPeriodEnds() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.monitor());
            assertThat(obligations.get("PROGRESS_REPORT_1").get("status")).isEqualTo("OVERDUE");
            assertThat(obligations.get("FINAL_REPORT").get("status")).isEqualTo("OVERDUE");
            assertThat(obligations.get("SPENDING_PERIOD_END").get("status")).isEqualTo("ENDED");
        });
        var overdue = KafkaProbe.awaitRecords(Topics.REPORTS, r -> code.equals(r.key())
                && EventTypes.OBLIGATION_OVERDUE.equals(KafkaProbe.header(r, "ce_type"))
                && !r.value().contains("PROGRESS_REPORT_2"), 2);
        assertThat(overdue).extracting(r -> JsonPath.from(r.value()).getString("kind"))
                .containsExactlyInAnyOrder("PROGRESS_REPORT_1", "FINAL_REPORT");
        assertThat(overdue).extracting(r -> JsonPath.from(r.value()).getString("dueDate"))
                .containsExactlyInAnyOrder("2021-11-01", "2024-12-01");

        given().auth().oauth2(Tokens.reviewer()).when().get("/api/obligations?status=OVERDUE")
                .then().statusCode(200).body("regionCode", hasItem(code));
    }

    @Test
    void onlyTheRegionsPartnersAndTheMinistrySeeItsObligations() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));
        String path = "/api/regions/" + code + "/obligations";
        String one = path + "/" + obligationsByKind(code, Tokens.admin()).get("FINAL_REPORT").get("id");

        for (String token : List.of(Tokens.leadR01(), Tokens.businessR01(), Tokens.admin(), Tokens.reviewer(),
                Tokens.monitor())) {
            given().auth().oauth2(token).when().get(path).then().statusCode(200).body("$", hasSize(4));
            given().auth().oauth2(token).when().get(one).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.schoolR02()).when().get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.schoolR02()).when().get(one).then().statusCode(403);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/NOPE99/obligations").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get(path + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        for (String token : List.of(Tokens.leadR01(), Tokens.schoolR02(), Tokens.businessR01())) {
            given().auth().oauth2(token).when().get("/api/obligations").then().statusCode(403);
        }
        given().when().get("/api/obligations").then().statusCode(401);
    }
}
