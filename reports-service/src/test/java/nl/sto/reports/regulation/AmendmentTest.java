package nl.sto.reports.regulation;

import static io.restassured.RestAssured.given;
import static nl.sto.reports.ObligationFixture.admittedRegion;
import static nl.sto.reports.ObligationFixture.lastMove;
import static nl.sto.reports.ObligationFixture.obligationsByKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

/**
 * Amendments of the seeded regulations. They only move the second progress report of 2020-2023 (to a date in 2024
 * or 2025, inside its period, which ended before today) and the activity plan 2027-2028 of 2025-2028, so that the
 * other tests of this service, which share its database, keep the seeded dates of the other obligations. The
 * 2020-2023 amendments build on version 3, the 2023 amendment, or on a later test amendment.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class AmendmentTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final String STO_2020 = "/api/regulations/STO-2020-2023";
    static final String AMENDMENT_2023 = "Wijziging Subsidieregeling sterk techniekonderwijs 2020-2023 (19 juli 2023)";

    @Test
    void theSeededRegulationHasTheOriginalTextTheCovidAmendmentAndThe2023Amendment() {
        given().auth().oauth2(Tokens.schoolR02()).when().get(STO_2020).then().statusCode(200)
                .body("id", is("STO-2020-2023"))
                .body("status", is("PUBLISHED"))
                .body("kinds.code", is(List.of("PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT",
                        "SPENDING_PERIOD_END")))
                .body("versions[0].number", is(1))
                .body("versions[0].deadlines.PROGRESS_REPORT_1", is("2021-10-01"))
                .body("versions[0].deadlines.SPENDING_PERIOD_END", is("2024-01-01"))
                .body("versions[1].number", is(2))
                .body("versions[1].legalReference", is("Stcrt. 2021, nr. 40070"))
                .body("versions[1].deadlines.PROGRESS_REPORT_1", is("2021-11-01"))
                .body("versions[1].deadlines.FINAL_REPORT", is("2024-12-01"))
                .body("versions[1].sourceNote", containsString("1 aug 2024"))
                .body("versions[2].number", is(3))
                .body("versions[2].legalReference", is(AMENDMENT_2023))
                .body("versions[2].publishedOn", is("2023-07-19"))
                .body("versions[2].effectiveOn", is("2023-07-20"))
                .body("versions[2].deadlines.PROGRESS_REPORT_1", is("2021-11-01"))
                .body("versions[2].deadlines.PROGRESS_REPORT_2", is("2023-10-01"))
                .body("versions[2].deadlines.FINAL_REPORT", is("2024-12-01"))
                .body("versions[2].deadlines.SPENDING_PERIOD_END", is("2025-01-01"));
        given().when().get(STO_2020).then().statusCode(401);
    }

    @Test
    void thePreviewShowsWhichObligationsWouldMoveAndChangesNothing() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));
        Map<String, Object> before = obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2");
        int versions = versions().size();
        LocalDate newDate = freshDate();

        JsonPath preview = JsonPath.from(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment(reference(), newDate)).when().post(STO_2020 + "/amendments/preview")
                .then().statusCode(200).extract().asString());

        assertThat(preview.getInt("version")).isEqualTo(versions + 1).isGreaterThanOrEqualTo(4);
        assertThat(preview.getList("changes.kind")).containsExactly("PROGRESS_REPORT_2");
        assertThat(preview.getString("changes[0].to")).isEqualTo(newDate.toString());
        List<Map<String, Object>> mine = preview.<Map<String, Object>>getList("obligations").stream()
                .filter(o -> code.equals(o.get("regionCode"))).toList();
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.get("kind")).isEqualTo("PROGRESS_REPORT_2");
            assertThat(o.get("from")).isEqualTo(before.get("dueDate"));
            assertThat(o.get("to")).isEqualTo(newDate.toString());
            // A date still in the past leaves the status as it is.
            assertThat(o.get("statusAfter")).isEqualTo(o.get("status"));
        });
        assertThat(preview.getInt("obligationsAffected")).isEqualTo(preview.getList("obligations").size());
        assertThat(obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2").get("dueDate"))
                .isEqualTo(before.get("dueDate"));
        assertThat(versions()).hasSize(versions);
    }

    @Test
    void publishingReDatesEveryAffectedObligationOfItsRegulationWithHistoryAndOneEventEach() {
        String first = admittedRegion(LocalDate.of(2020, 3, 1));
        String second = admittedRegion(LocalDate.of(2021, 6, 1));
        String reference = reference();
        LocalDate newDate = freshDate();
        String oldDate = (String) obligationsByKind(first, Tokens.admin()).get("PROGRESS_REPORT_2").get("dueDate");
        Map<String, Object> outlineBefore = obligationsByKind(first, Tokens.admin()).get("OUTLINE_PLAN");

        JsonPath published = JsonPath.from(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment(reference, newDate)).when().post(STO_2020 + "/amendments")
                .then().statusCode(201).header("Location", containsString(STO_2020)).extract().asString());

        assertThat(published.getString("regulationId")).isEqualTo("STO-2020-2023");
        assertThat(published.getString("legalReference")).isEqualTo(reference);
        int version = published.getInt("version");
        assertThat(version).isGreaterThanOrEqualTo(4);
        for (String code : List.of(first, second)) {
            Map<String, Map<String, Object>> obligations = obligationsByKind(code, Tokens.leadR01());
            Map<String, Object> moved = obligations.get("PROGRESS_REPORT_2");
            assertThat(moved.get("dueDate")).isEqualTo(newDate.toString());
            assertThat(moved.get("legalReference")).isEqualTo(reference);
            assertThat(moved.get("version")).isEqualTo(version);
            assertThat(lastMove(moved)).containsEntry("from", oldDate)
                    .containsEntry("to", newDate.toString()).containsEntry("reason", reference)
                    .containsEntry("version", version);
            assertThat(obligations.get("PROGRESS_REPORT_1").get("dueDate")).isEqualTo("2021-11-01");
            assertThat(obligations.get("SPENDING_PERIOD_END").get("dueDate")).isEqualTo("2025-01-01");
        }
        // The other regulation's obligations are not its to move.
        Map<String, Object> outlineAfter = obligationsByKind(first, Tokens.admin()).get("OUTLINE_PLAN");
        for (String field : List.of("dueDate", "version", "legalReference", "history")) {
            assertThat(outlineAfter.get(field)).as(field).isEqualTo(outlineBefore.get(field));
        }

        var changed = KafkaProbe.awaitRecords(Topics.REGULATION, r -> (first.equals(r.key())
                || second.equals(r.key())) && EventTypes.DEADLINE_CHANGED.equals(KafkaProbe.header(r, "ce_type"))
                && r.value().contains(reference), 2);
        assertThat(changed).hasSize(2);
        JsonPath event = JsonPath.from(changed.get(0).value());
        assertThat(event.getString("regulationId")).isEqualTo("STO-2020-2023");
        assertThat(event.getString("kind")).isEqualTo("PROGRESS_REPORT_2");
        assertThat(event.getString("from")).isEqualTo(oldDate);
        assertThat(event.getString("to")).isEqualTo(newDate.toString());
        assertThat(event.getInt("version")).isEqualTo(version);
        assertThat(event.getString("reason")).isEqualTo(reference);
        assertThat(KafkaProbe.header(changed.get(0), "ce_subject")).isIn(first, second);

        var announced = KafkaProbe.awaitRecords(Topics.REGULATION, r -> EventTypes.AMENDMENT_PUBLISHED
                .equals(KafkaProbe.header(r, "ce_type")) && r.value().contains(reference), 1);
        assertThat(announced).hasSize(1);
        JsonPath amendment = JsonPath.from(announced.get(0).value());
        assertThat(amendment.getString("regulationId")).isEqualTo("STO-2020-2023");
        assertThat(amendment.getInt("version")).isEqualTo(version);
        assertThat(amendment.getInt("obligationsChanged"))
                .isEqualTo(published.getInt("obligationsChanged")).isGreaterThanOrEqualTo(2);

        given().auth().oauth2(Tokens.monitor()).when().get(STO_2020).then().statusCode(200)
                .body("versions.legalReference", hasItem(reference))
                .body("currentVersion", is(version));
    }

    @Test
    void anOverdueObligationWhoseDateMovesIntoTheFutureIsOpenAgain() {
        // The activity plan 2027-2028 of 2025-2028 fell due on 1 Oct 2026; moved into the future, it is open again.
        String code = admittedRegion(LocalDate.of(2020, 3, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(
                obligationsByKind(code, Tokens.admin()).get("ACTIVITY_PLAN_2027_2028").get("status")));
        LocalDate later = TODAY.plusDays(30 + Math.floorMod(UUID.randomUUID().hashCode(), 500));
        String postponed = """
                {"legalReference":"%s","title":"Activity plan 2027-2028 later","publishedOn":"%s","effectiveOn":"%s",
                 "sourceNote":"test amendment","deadlines":{"ACTIVITY_PLAN_2027_2028":"%s"}}"""
                .formatted(reference(), TODAY, TODAY, later);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(postponed)
                .when().post("/api/regulations/STO-2025-2028/amendments").then().statusCode(201)
                .body("regulationId", is("STO-2025-2028"))
                .body("changes[0].kind", is("ACTIVITY_PLAN_2027_2028"));

        Map<String, Object> plan = obligationsByKind(code, Tokens.admin()).get("ACTIVITY_PLAN_2027_2028");
        assertThat(plan).containsEntry("status", "OPEN").containsEntry("dueDate", later.toString());
        assertThat(obligationsByKind(code, Tokens.admin()).get("OUTLINE_PLAN").get("status")).isEqualTo("OVERDUE");
    }

    @Test
    void anAmendmentThatBreaksTheRulesIsRefusedWithTheReason() {
        String beforePublication = """
                {"legalReference":"%s","title":"Too early","publishedOn":"2024-06-01","effectiveOn":"%s",
                 "sourceNote":"test","deadlines":{"PROGRESS_REPORT_2":"2024-05-31"}}""".formatted(reference(), TODAY);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(beforePublication)
                .when().post(STO_2020 + "/amendments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("deadlines.PROGRESS_REPORT_2"))
                .body("detail", containsString("before the amendment's publication"));

        String afterThePeriod = """
                {"legalReference":"%s","title":"Too late","publishedOn":"%s","effectiveOn":"%s","sourceNote":"test",
                 "deadlines":{"PROGRESS_REPORT_2":"%s"}}""".formatted(reference(), TODAY, TODAY, TODAY.plusDays(1));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(afterThePeriod)
                .when().post(STO_2020 + "/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("deadlines.PROGRESS_REPORT_2"))
                .body("detail", containsString("outside the regulation's period (2019-04-01 to 2025-12-31)"));

        String kindOfAnotherRegulation = """
                {"legalReference":"%s","title":"Wrong kind","publishedOn":"2024-01-01","effectiveOn":"%s",
                 "sourceNote":"test","deadlines":{"OUTLINE_PLAN":"2025-01-01"}}""".formatted(reference(), TODAY);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kindOfAnotherRegulation)
                .when().post(STO_2020 + "/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("deadlines.OUTLINE_PLAN"))
                .body("detail", containsString("is not an obligation kind of STO-2020-2023"));

        String beforeTheVersionInForce = """
                {"legalReference":"%s","title":"Back in time","publishedOn":"2023-07-01","effectiveOn":"2023-07-19",
                 "sourceNote":"test","deadlines":{"PROGRESS_REPORT_2":"%s"}}""".formatted(reference(), freshDate());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(beforeTheVersionInForce)
                .when().post(STO_2020 + "/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("effectiveOn"));

        String unchanged = """
                {"legalReference":"%s","title":"Nothing","publishedOn":"2024-01-01","effectiveOn":"%s",
                 "sourceNote":"test","deadlines":{"FINAL_REPORT":"2024-12-01"}}""".formatted(reference(), TODAY);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(unchanged)
                .when().post(STO_2020 + "/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("deadlines"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"title\":\"No reference\",\"deadlines\":{}}")
                .when().post(STO_2020 + "/amendments").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment("Stcrt. 2021, nr. 40070", freshDate()))
                .when().post(STO_2020 + "/amendments").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment(reference(), freshDate()))
                .when().post("/api/regulations/STO-1999-2000/amendments/preview").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSpendingPeriodMayEndAfterTheFinalReportNow() {
        // The rule "spending ends before the final report" is gone (the 2023 amendment itself breaks it).
        String spendingAfterFinal = """
                {"legalReference":"%s","title":"Longer spending","publishedOn":"2024-01-01","effectiveOn":"%s",
                 "sourceNote":"test","deadlines":{"SPENDING_PERIOD_END":"2025-06-01"}}""".formatted(reference(), TODAY);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(spendingAfterFinal)
                .when().post(STO_2020 + "/amendments/preview").then().statusCode(200)
                .body("changes[0].kind", is("SPENDING_PERIOD_END"))
                .body("changes[0].from", is("2025-01-01"))
                .body("changes[0].to", is("2025-06-01"));
    }

    @Test
    void onlyAMinistryAdminAmendsTheRegulation() {
        String body = amendment(reference(), freshDate());
        for (String path : List.of(STO_2020 + "/amendments", STO_2020 + "/amendments/preview")) {
            for (String token : List.of(Tokens.leadR01(), Tokens.schoolR02(), Tokens.businessR01(), Tokens.reviewer(),
                    Tokens.monitor(), Tokens.rogueAdmin())) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                        .then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);
        }
    }

    /** An amendment published on 1 Dec 2023 that only moves the second progress report, in force today. */
    static String amendment(String reference, LocalDate secondReport) {
        return """
                {"legalReference":"%s","title":"Second progress report later","publishedOn":"2023-12-01",
                 "effectiveOn":"%s","sourceNote":"test amendment","deadlines":{"PROGRESS_REPORT_2":"%s"}}"""
                .formatted(reference, TODAY, secondReport);
    }

    static String reference() {
        return "Stcrt. test, nr. " + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<Map<String, Object>> versions() {
        return JsonPath.from(given().auth().oauth2(Tokens.admin()).when().get(STO_2020).then().statusCode(200)
                .extract().asString()).getList("versions");
    }

    /**
     * A day in 2024 or 2025 (inside the period, after every admission that owes the report) other than the one
     * in force, so that the amendment changes something.
     */
    static LocalDate freshDate() {
        List<Map<String, Object>> all = versions();
        @SuppressWarnings("unchecked")
        Object current = ((Map<String, Object>) all.get(all.size() - 1).get("deadlines")).get("PROGRESS_REPORT_2");
        LocalDate date;
        do {
            date = LocalDate.of(2024, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 700));
        } while (date.toString().equals(current));
        return date;
    }
}
