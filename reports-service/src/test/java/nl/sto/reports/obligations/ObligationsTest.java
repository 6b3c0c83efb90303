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

/**
 * A region admitted in 2020 takes part in both seeded regulations: four obligations of 2020-2023 and three of
 * 2025-2028. Other tests of this service amend only the second progress report of 2020-2023 and the activity plan
 * 2027-2028 of 2025-2028, so their dates are not asserted beyond the seeded versions' moves.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ObligationsTest {

    static final String COVID_AMENDMENT = "Stcrt. 2021, nr. 40070";
    static final String AMENDMENT_2023 = "Wijziging Subsidieregeling sterk techniekonderwijs 2020-2023 (19 juli 2023)";
    static final String REGULATION_2025 = "Stcrt. 2024, nr. 11193";

    @Test
    void aRegionAdmittedIn2020OwesSevenObligationsOfTwoRegulationsAndShowsWhyEachDateIsWhatItIs() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));

        Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.leadR01());

        assertThat(obligations).containsOnlyKeys("PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT",
                "SPENDING_PERIOD_END", "OUTLINE_PLAN", "ACTIVITY_PLAN_2025_2026", "ACTIVITY_PLAN_2027_2028");
        Map<String, Object> progress = obligations.get("PROGRESS_REPORT_1");
        assertThat(progress).containsEntry("regulationId", "STO-2020-2023").containsEntry("report", true)
                .containsEntry("occurrence", 0).containsEntry("regionCode", code);
        assertThat(progress.get("kindName")).isEqualTo(Map.of("nl", "Eerste voortgangsrapportage",
                "en", "First progress report"));
        assertThat(progress.get("dueDate")).isEqualTo("2021-11-01");
        assertThat(progress.get("legalReference")).isEqualTo(COVID_AMENDMENT);
        assertThat((List<?>) progress.get("history")).hasSize(1);
        assertThat(lastMove(progress)).containsEntry("from", "2021-10-01").containsEntry("to", "2021-11-01")
                .containsEntry("reason", COVID_AMENDMENT).containsEntry("version", 2);

        // The 2023 amendment (version 3) moved the second progress report from 1 Jul to 1 Oct 2023.
        assertThat(firstMove(obligations.get("PROGRESS_REPORT_2"))).containsEntry("from", "2023-07-01")
                .containsEntry("to", "2023-10-01").containsEntry("reason", AMENDMENT_2023).containsEntry("version", 3);
        assertThat(obligations.get("FINAL_REPORT").get("dueDate")).isEqualTo("2024-12-01");
        assertThat(obligations.get("FINAL_REPORT").get("legalReference")).isEqualTo(COVID_AMENDMENT);

        // Spending now ends on 1 Jan 2025, after the final report: moved by version 2 and then by version 3.
        Map<String, Object> spending = obligations.get("SPENDING_PERIOD_END");
        assertThat(spending).containsEntry("dueDate", "2025-01-01").containsEntry("report", false)
                .containsEntry("version", 3).containsEntry("legalReference", AMENDMENT_2023);
        assertThat(history(spending)).extracting(m -> m.get("from") + ">" + m.get("to") + "@" + m.get("version"))
                .containsExactly("2024-01-01>2024-08-01@2", "2024-08-01>2025-01-01@3");

        Map<String, Object> outline = obligations.get("OUTLINE_PLAN");
        assertThat(outline).containsEntry("regulationId", "STO-2025-2028").containsEntry("dueDate", "2024-10-01")
                .containsEntry("version", 1).containsEntry("report", true);
        assertThat((String) outline.get("legalReference")).contains(REGULATION_2025);
        assertThat((List<?>) outline.get("history")).isEmpty();
        assertThat(obligations.get("ACTIVITY_PLAN_2025_2026").get("dueDate")).isEqualTo("2025-04-15");
        // AmendmentTest postpones the activity plan 2027-2028 (seeded 2026-10-01); its date is not asserted here.
        assertThat(obligations.get("ACTIVITY_PLAN_2027_2028").get("regulationId")).isEqualTo("STO-2025-2028");

        // Ordered by due date.
        List<String> dueDates = JsonPath.from(given().auth().oauth2(Tokens.leadR01())
                .when().get("/api/regions/" + code + "/obligations").then().statusCode(200).extract().asString())
                .getList("dueDate");
        assertThat(dueDates).isSorted();
    }

    @Test
    void aRegionAdmittedAfterTheCovidAmendmentGetsItsDatesWithoutThatMove() {
        String code = admittedRegion(LocalDate.of(2021, 6, 1));

        Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.admin());
        Map<String, Object> progress = obligations.get("PROGRESS_REPORT_1");

        assertThat(progress.get("dueDate")).isEqualTo("2021-11-01");
        assertThat(progress.get("legalReference")).isEqualTo(COVID_AMENDMENT);
        assertThat((List<?>) progress.get("history")).isEmpty();
        // Version 3 came after the admission, so it still moves what it moves.
        assertThat(firstMove(obligations.get("PROGRESS_REPORT_2"))).containsEntry("version", 3);
        assertThat(history(obligations.get("SPENDING_PERIOD_END"))).extracting(m -> m.get("version"))
                .containsExactly(3);
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
                && EventTypes.OBLIGATION_CREATED.equals(KafkaProbe.header(r, "ce_type")), 7);

        assertThat(created).hasSize(7);
        assertThat(created).extracting(r -> JsonPath.from(r.value()).getString("regulationId") + "/"
                + JsonPath.from(r.value()).getString("kind")).containsExactlyInAnyOrder(
                "STO-2020-2023/PROGRESS_REPORT_1", "STO-2020-2023/PROGRESS_REPORT_2", "STO-2020-2023/FINAL_REPORT",
                "STO-2020-2023/SPENDING_PERIOD_END", "STO-2025-2028/OUTLINE_PLAN",
                "STO-2025-2028/ACTIVITY_PLAN_2025_2026", "STO-2025-2028/ACTIVITY_PLAN_2027_2028");
        JsonPath spending = created.stream().map(r -> JsonPath.from(r.value()))
                .filter(e -> "SPENDING_PERIOD_END".equals(e.getString("kind"))).findFirst().orElseThrow();
        assertThat(spending.getBoolean("report")).isFalse();
        assertThat(spending.getString("kindName.nl")).isEqualTo("Einde bestedingsperiode");
        assertThat(spending.getString("kindName.en")).isEqualTo("End of the spending period");
        assertThat(spending.getString("dueDate")).isEqualTo("2025-01-01");
        assertThat(spending.getInt("version")).isEqualTo(3);
        assertThat(spending.getString("regionCode")).isEqualTo(code);
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE region_code = ?", code)).isEqualTo(7);
        assertThat(Database.count("SELECT count(*) FROM participation WHERE region_code = ?", code)).isEqualTo(2);
    }

    @Test
    void aReportObligationPastItsDateBecomesOverdueOnceAndTheSpendingPeriodEnds() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.monitor());
            assertThat(obligations.get("PROGRESS_REPORT_1").get("status")).isEqualTo("OVERDUE");
            assertThat(obligations.get("FINAL_REPORT").get("status")).isEqualTo("OVERDUE");
            assertThat(obligations.get("SPENDING_PERIOD_END").get("status")).isEqualTo("ENDED");
            assertThat(obligations.get("OUTLINE_PLAN").get("status")).isEqualTo("OVERDUE");
        });
        var overdue = KafkaProbe.awaitRecords(Topics.REPORTS, r -> code.equals(r.key())
                && EventTypes.OBLIGATION_OVERDUE.equals(KafkaProbe.header(r, "ce_type"))
                && !r.value().contains("PROGRESS_REPORT_2") && !r.value().contains("ACTIVITY_PLAN"), 3);
        assertThat(overdue).extracting(r -> JsonPath.from(r.value()).getString("regulationId") + "/"
                + JsonPath.from(r.value()).getString("kind") + "@" + JsonPath.from(r.value()).getString("dueDate"))
                .containsExactlyInAnyOrder("STO-2020-2023/PROGRESS_REPORT_1@2021-11-01",
                        "STO-2020-2023/FINAL_REPORT@2024-12-01", "STO-2025-2028/OUTLINE_PLAN@2024-10-01");

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
            given().auth().oauth2(token).when().get(path).then().statusCode(200).body("$", hasSize(7));
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

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Map<String, Object> obligation) {
        return (List<Map<String, Object>>) obligation.get("history");
    }

    static Map<String, Object> firstMove(Map<String, Object> obligation) {
        return history(obligation).get(0);
    }
}
