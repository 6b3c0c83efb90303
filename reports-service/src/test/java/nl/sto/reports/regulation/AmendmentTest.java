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
 * Amendments here only move the second progress report (to a fresh date in the future), so that the other tests of
 * this service, which share its database, keep the seeded dates of the other obligations.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class AmendmentTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theSeededRegulationHasTheOriginalTextAndTheCovidAmendment() {
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/regulation").then().statusCode(200)
                .body("[0].number", is(1))
                .body("[0].deadlines.PROGRESS_REPORT_1", is("2021-10-01"))
                .body("[0].deadlines.SPENDING_PERIOD_END", is("2024-01-01"))
                .body("[1].legalReference", is("Stcrt. 2021, nr. 40070"))
                .body("[1].deadlines.PROGRESS_REPORT_1", is("2021-11-01"))
                .body("[1].deadlines.FINAL_REPORT", is("2024-12-01"))
                .body("[1].sourceNote", containsString("1 Aug 2024"));
        given().when().get("/api/regulation").then().statusCode(401);
    }

    @Test
    void thePreviewShowsWhichObligationsWouldMoveAndChangesNothing() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));
        Map<String, Object> before = obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2");
        LocalDate newDate = freshDate();

        JsonPath preview = JsonPath.from(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment(reference(), newDate)).when().post("/api/regulation/amendments/preview")
                .then().statusCode(200).extract().asString());

        assertThat(preview.getList("changes.kind")).containsExactly("PROGRESS_REPORT_2");
        assertThat(preview.getString("changes[0].to")).isEqualTo(newDate.toString());
        List<Map<String, Object>> mine = preview.<Map<String, Object>>getList("obligations").stream()
                .filter(o -> code.equals(o.get("regionCode"))).toList();
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.get("from")).isEqualTo(before.get("dueDate"));
            assertThat(o.get("to")).isEqualTo(newDate.toString());
        });
        assertThat(preview.getInt("obligationsAffected")).isEqualTo(preview.getList("obligations").size());
        assertThat(obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2").get("dueDate"))
                .isEqualTo(before.get("dueDate"));
    }

    @Test
    void publishingReDatesEveryAffectedObligationWithHistoryAndOneEventEach() {
        String first = admittedRegion(LocalDate.of(2020, 3, 1));
        String second = admittedRegion(LocalDate.of(2021, 6, 1));
        String reference = reference();
        LocalDate newDate = freshDate();
        String oldDate = (String) obligationsByKind(first, Tokens.admin()).get("PROGRESS_REPORT_2").get("dueDate");

        JsonPath published = JsonPath.from(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment(reference, newDate)).when().post("/api/regulation/amendments")
                .then().statusCode(201).extract().asString());

        assertThat(published.getString("legalReference")).isEqualTo(reference);
        int version = published.getInt("version");
        for (String code : List.of(first, second)) {
            Map<String, Object> moved = obligationsByKind(code, Tokens.leadR01()).get("PROGRESS_REPORT_2");
            assertThat(moved.get("dueDate")).isEqualTo(newDate.toString());
            assertThat(moved.get("legalReference")).isEqualTo(reference);
            assertThat(lastMove(moved)).containsEntry("from", oldDate)
                    .containsEntry("to", newDate.toString()).containsEntry("reason", reference)
                    .containsEntry("version", version);
            assertThat(obligationsByKind(code, Tokens.leadR01()).get("PROGRESS_REPORT_1").get("dueDate"))
                    .isEqualTo("2021-11-01");
        }

        var changed = KafkaProbe.awaitRecords(Topics.REGULATION, r -> (first.equals(r.key())
                || second.equals(r.key())) && EventTypes.DEADLINE_CHANGED.equals(KafkaProbe.header(r, "ce_type"))
                && r.value().contains(reference), 2);
        assertThat(changed).hasSize(2);
        JsonPath event = JsonPath.from(changed.get(0).value());
        assertThat(event.getString("kind")).isEqualTo("PROGRESS_REPORT_2");
        assertThat(event.getString("from")).isEqualTo(oldDate);
        assertThat(event.getString("to")).isEqualTo(newDate.toString());
        assertThat(event.getInt("version")).isEqualTo(version);
        assertThat(KafkaProbe.header(changed.get(0), "ce_subject")).isIn(first, second);

        var announced = KafkaProbe.awaitRecords(Topics.REGULATION, r -> EventTypes.AMENDMENT_PUBLISHED
                .equals(KafkaProbe.header(r, "ce_type")) && r.value().contains(reference), 1);
        assertThat(announced).hasSize(1);
        assertThat(JsonPath.from(announced.get(0).value()).getInt("obligationsChanged"))
                .isEqualTo(published.getInt("obligationsChanged")).isGreaterThanOrEqualTo(2);

        given().auth().oauth2(Tokens.monitor()).when().get("/api/regulation").then().statusCode(200)
                .body("legalReference", hasItem(reference));
    }

    @Test
    void anOverdueObligationWhoseDateMovesIntoTheFutureIsOpenAgain() {
        String code = admittedRegion(LocalDate.of(2020, 3, 1));
        LocalDate past = LocalDate.of(2023, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 300));
        String backdated = """
                {"legalReference":"%s","title":"Second report earlier","publishedOn":"2022-12-01","effectiveOn":"%s",
                 "sourceNote":"test amendment","deadlines":{"PROGRESS_REPORT_2":"%s"}}"""
                .formatted(reference(), TODAY, past);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(backdated)
                .when().post("/api/regulation/amendments").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(
                obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2").get("status")));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment(reference(), freshDate()))
                .when().post("/api/regulation/amendments").then().statusCode(201);

        assertThat(obligationsByKind(code, Tokens.admin()).get("PROGRESS_REPORT_2").get("status")).isEqualTo("OPEN");
    }

    @Test
    void anAmendmentThatBreaksTheRulesIsRefusedWithTheReason() {
        String beforePublication = """
                {"legalReference":"%s","title":"Too early","publishedOn":"%s","effectiveOn":"%s","sourceNote":"test",
                 "deadlines":{"PROGRESS_REPORT_2":"%s"}}""".formatted(reference(), TODAY, TODAY, TODAY.minusDays(1));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(beforePublication)
                .when().post("/api/regulation/amendments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("deadlines.PROGRESS_REPORT_2"))
                .body("detail", containsString("before the amendment's publication"));

        String spendingAfterFinal = """
                {"legalReference":"%s","title":"Too long","publishedOn":"%s","effectiveOn":"%s","sourceNote":"test",
                 "deadlines":{"SPENDING_PERIOD_END":"2030-01-01","FINAL_REPORT":"2029-12-01"}}"""
                .formatted(reference(), TODAY, TODAY);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(spendingAfterFinal)
                .when().post("/api/regulation/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("deadlines.SPENDING_PERIOD_END"))
                .body("detail", containsString("after the final report is due on 2029-12-01"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"title\":\"No reference\",\"deadlines\":{}}")
                .when().post("/api/regulation/amendments").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment("Stcrt. 2021, nr. 40070", freshDate()))
                .when().post("/api/regulation/amendments").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAMinistryAdminAmendsTheRegulation() {
        String body = amendment(reference(), freshDate());
        for (String path : List.of("/api/regulation/amendments", "/api/regulation/amendments/preview")) {
            for (String token : List.of(Tokens.leadR01(), Tokens.schoolR02(), Tokens.businessR01(), Tokens.reviewer(),
                    Tokens.monitor())) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                        .then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);
        }
    }

    static String amendment(String reference, LocalDate secondReport) {
        return """
                {"legalReference":"%s","title":"Second progress report later","publishedOn":"%s","effectiveOn":"%s",
                 "sourceNote":"test amendment","deadlines":{"PROGRESS_REPORT_2":"%s"}}"""
                .formatted(reference, TODAY, TODAY, secondReport);
    }

    static String reference() {
        return "Stcrt. test, nr. " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A date after the final report's, so no rule stands in the way, and unlike any earlier test's. */
    static LocalDate freshDate() {
        return TODAY.plusYears(1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
    }
}
