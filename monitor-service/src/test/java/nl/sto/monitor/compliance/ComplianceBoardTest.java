package nl.sto.monitor.compliance;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitAnswer;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitConsumed;
import static nl.sto.monitor.compliance.ComplianceEvents.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import nl.sto.common.time.ProgrammeClock;
import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.commontest.MovableClock;
import nl.sto.monitor.compliance.ComplianceEvents.Event;
import nl.sto.monitor.compliance.ComplianceEvents.Obligation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/compliance}: each obligation's state from the events about it, whatever their order and however
 * often they arrive, judged on the service clock's today; reminders counted; bad parameters and unknown regions.
 * Every test has a region and regulation of its own, since the board is shared by the tests of the run.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ComplianceBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 6, 15);
    private static final LocalDate DUE = TODAY.minusDays(10);

    @Inject
    MovableClock clock;

    private String region;
    private String regulation;

    @BeforeEach
    void aRegionOfItsOwnOnAFixedDay() {
        clock.set(at(TODAY).toInstant());
        region = RegionEvents.uniqueCode();
        regulation = "STO-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        RegionEvents.registerAndAdmit(region, LocalDate.of(2020, 1, 1));
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void statesFollowFromTheEventsWhateverTheirOrderAndHoweverOftenTheyArrive() {
        Obligation open = Obligation.of(region, regulation);
        open.created(TODAY.plusDays(30), 1).publish();
        Obligation onTime = Obligation.of(region, regulation);
        onTime.created(DUE, 1).publish();
        onTime.submitted(1, at(DUE.minusDays(2)), DUE).publish();
        Obligation late = Obligation.of(region, regulation);
        late.created(DUE, 1).publish();
        late.submitted(1, at(DUE.plusDays(3)), DUE).publish();
        Obligation overdue = Obligation.of(region, regulation);
        overdue.created(DUE, 1).publish();
        overdue.overdue(DUE).publish();
        Obligation accepted = Obligation.of(region, regulation);
        publishBackwards(accepted.created(DUE, 1), accepted.draftStarted(at(DUE.minusDays(20))),
                accepted.submitted(1, at(DUE.minusDays(1)), DUE), accepted.accepted(1, at(DUE.plusDays(4))));
        Obligation returned = Obligation.of(region, regulation);
        publishBackwards(returned.created(DUE, 1), returned.submitted(1, at(DUE.minusDays(1)), DUE),
                returned.returned(1, at(DUE.plusDays(2))));
        Obligation resubmitted = Obligation.of(region, regulation);
        List<Event> resubmission = List.of(resubmitted.created(DUE, 1),
                resubmitted.submitted(1, at(DUE.minusDays(1)), DUE), resubmitted.returned(1, at(DUE.plusDays(2))),
                resubmitted.submitted(2, at(DUE.plusDays(5)), DUE));
        publishBackwards(resubmission.toArray(Event[]::new));
        resubmission.get(1).publish();
        resubmission.get(2).publish();
        Obligation resubmittedInOrder = Obligation.of(region, regulation);
        resubmittedInOrder.created(DUE, 1).publish();
        resubmittedInOrder.submitted(1, at(DUE.minusDays(1)), DUE).publish();
        resubmittedInOrder.returned(1, at(DUE.plusDays(2))).publish();
        resubmittedInOrder.submitted(2, at(DUE.plusDays(5)), DUE).publish();
        Obligation.of(region, regulation, "EINDE_BESTEDING").milestone(DUE).publish();

        awaitConsumed();
        JsonPath board = awaitAnswer(board(region), answer -> answer.getList("obligations").size() == 8);

        assertThat(board.getString("today")).isEqualTo(TODAY.toString());
        assertThat(state(board, open)).isEqualTo("open");
        assertThat(state(board, onTime)).isEqualTo("submitted-on-time");
        assertThat(state(board, late)).isEqualTo("submitted-late");
        assertThat(state(board, overdue)).isEqualTo("overdue");
        assertThat(state(board, accepted)).isEqualTo("accepted");
        assertThat(state(board, returned)).isEqualTo("returned");
        assertThat(state(board, resubmitted)).as("first submitted on time").isEqualTo("submitted-on-time");
        assertThat(row(board, resubmitted)).containsEntry("dueDate", DUE.toString())
                .containsEntry("dueDateVersion", 1).containsEntry("dueDateReason", "Stcrt. 2020, nr. 1")
                .containsEntry("submittedVersion", 2).containsEntry("onTime", true)
                .containsEntry("kindName", Map.of("nl", "Voortgangsrapportage", "en", "Progress report"))
                .containsEntry("regionName", "Regio " + region);
        assertThat(instant(row(board, resubmitted), "submittedAt")).isEqualTo(at(DUE.minusDays(1)).toInstant());
        assertThat(instant(row(board, resubmitted), "lastSubmittedAt")).isEqualTo(at(DUE.plusDays(5)).toInstant());
        assertThat(withoutId(row(board, resubmitted))).as("the same answer whatever the order")
                .isEqualTo(withoutId(row(board, resubmittedInOrder)));
        assertThat(row(board, onTime)).containsEntry("onTime", true);
        assertThat(row(board, late)).containsEntry("onTime", false);
        assertThat(row(board, open)).containsEntry("onTime", null).containsEntry("submittedAt", null);
        assertThat(Database.count("SELECT count(*) FROM compliance_obligation WHERE region_code = ?", region))
                .as("one row each, the milestone too").isEqualTo(9);
    }

    @Test
    void anAmendmentMovesTheDueDateAndTheJudgementWhicheverArrivesFirst() {
        Obligation amendedFirst = Obligation.of(region, regulation);
        amendedFirst.deadlineChanged(DUE, DUE.plusDays(14), 2).publish();
        amendedFirst.submitted(1, at(DUE.plusDays(3)), DUE).publish();
        amendedFirst.created(DUE, 1).publish();
        Obligation amendedLater = Obligation.of(region, regulation);
        amendedLater.created(DUE, 1).publish();
        amendedLater.submitted(1, at(DUE.plusDays(3)), DUE).publish();

        JsonPath before = awaitAnswer(board(region), answer -> "submitted-late".equals(state(answer, amendedLater))
                && row(answer, amendedFirst) != null && row(answer, amendedFirst).get("dueDateVersion") != null);
        assertThat(row(before, amendedFirst)).containsEntry("state", "submitted-on-time")
                .containsEntry("dueDate", DUE.plusDays(14).toString()).containsEntry("dueDateVersion", 2)
                .containsEntry("dueDateReason", "Stcrt. 2021, nr. 40070");

        amendedLater.deadlineChanged(DUE, DUE.plusDays(14), 2).publish();
        JsonPath after = awaitAnswer(board(region), answer -> "submitted-on-time".equals(state(answer, amendedLater)));
        assertThat(withoutId(row(after, amendedLater))).isEqualTo(withoutId(row(after, amendedFirst)));
    }

    @Test
    void overdueIsJudgedOnTheServiceClocksToday() {
        Obligation tomorrow = Obligation.of(region, regulation);
        tomorrow.created(TODAY.plusDays(1), 1).publish();
        JsonPath before = awaitAnswer(board(region), answer -> row(answer, tomorrow) != null);
        assertThat(state(before, tomorrow)).isEqualTo("open");

        clock.set(at(TODAY.plusDays(1)).toInstant());
        assertThat(state(ComplianceEvents.read(Tokens.monitor(), board(region)), tomorrow)).as("due today")
                .isEqualTo("open");
        clock.set(at(TODAY.plusDays(2)).toInstant());
        JsonPath after = ComplianceEvents.read(Tokens.monitor(), board(region));
        assertThat(after.getString("today")).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(state(after, tomorrow)).isEqualTo("overdue");
    }

    @Test
    void remindersAreCountedOnceEachAndAFailureStandsUntilADeliveryAfterIt() {
        OffsetDateTime morning = at(TODAY.minusDays(3));
        Obligation reached = Obligation.of(region, regulation);
        reached.created(TODAY.plusDays(20), 1).publish();
        Event first = reached.reminderSent("r1-" + reached.id(), morning).publish();
        first.publish();
        reached.reminderSent("r2-" + reached.id(), morning.plusHours(1)).publish();
        reached.reminderFailed("r3-" + reached.id(), "technical-failure", morning).publish();
        reached.reminderSent("r3-" + reached.id(), morning.plusHours(2)).publish();
        reached.reminderFailed("r4-" + reached.id(), "permanent-failure", morning.plusHours(3)).publish();
        reached.reminderCancelled("r5-" + reached.id(), morning).publish();
        Obligation recovered = Obligation.of(region, regulation);
        recovered.reminderSent("r7-" + recovered.id(), morning.plusDays(1)).publish();
        recovered.reminderFailed("r6-" + recovered.id(), "technical-failure", morning).publish();
        recovered.created(TODAY.plusDays(20), 1).publish();
        Obligation unreached = Obligation.of(region, regulation);
        unreached.created(TODAY.plusDays(20), 1).publish();
        unreached.reminderFailed("r8-" + unreached.id(), "technical-failure", morning).publish();

        awaitConsumed();
        JsonPath board = awaitAnswer(board(region), answer -> answer.getList("obligations").size() == 3);
        assertThat(row(board, reached).get("reminders")).as("r1 delivered twice counts once; r3 resent")
                .isEqualTo(Map.of("delivered", 3, "failed", 1, "failing", true));
        assertThat(row(board, recovered).get("reminders"))
                .isEqualTo(Map.of("delivered", 1, "failed", 1, "failing", false));
        assertThat(row(board, unreached).get("reminders"))
                .isEqualTo(Map.of("delivered", 0, "failed", 1, "failing", true));
    }

    @Test
    void obligationKindChoosesTheKind() {
        Obligation progress = Obligation.of(region, regulation);
        progress.created(DUE, 1).publish();
        Obligation finalReport = Obligation.of(region, regulation, "EINDVERSLAG");
        finalReport.created(TODAY.plusYears(1), 1).publish();
        awaitAnswer(board(region), answer -> answer.getList("obligations").size() == 2);

        JsonPath chosen = ComplianceEvents.read(Tokens.monitor(), board(region) + "&obligationKind=EINDVERSLAG");
        assertThat(chosen.getList("obligations.obligationId")).containsExactly(finalReport.id());
        JsonPath everyRegion = ComplianceEvents.read(Tokens.admin(), "/api/compliance?obligationKind=EINDVERSLAG");
        assertThat(everyRegion.getList("obligations.obligationId")).contains(finalReport.id())
                .doesNotContain(progress.id());
    }

    @Test
    void anEventThatCannotBeReadGoesToTheDeadLettersAndTheBoardGoesOn() {
        String poison = UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(Topics.REGULATION, poison, EventTypes.OBLIGATION_CREATED, region, """
                {"regionCode":"%s","regulationId":"%s","kind":"VOORTGANG","report":true,"dueDate":"2031-11-01",
                 "version":1}"""
                .formatted(region, regulation));
        Obligation next = Obligation.of(region, regulation);
        next.created(DUE, 1).publish();

        var dead = KafkaProbe.awaitRecords(Topics.deadLetter(Topics.REGULATION,
                ComplianceEvents.LOG_GROUP + "regulation"), record -> poison.equals(
                        KafkaProbe.header(record, "ce_id")), 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("obligation_id is missing");
        awaitAnswer(board(region), answer -> row(answer, next) != null);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        refused("/api/compliance?region=r01", "region");
        refused("/api/compliance?region=" + "R".repeat(21), "region");
        refused("/api/compliance?obligationKind=voortgang", "obligationKind");
        refused("/api/compliance?obligationKind=A%20B", "obligationKind");
        refused("/api/compliance/cofinancing?year=abc", "year");
        refused("/api/compliance/cofinancing?year=1999", "year");
        refused("/api/compliance/cofinancing?year=2024.5", "year");
        refused("/api/compliance/cofinancing?region=R%0001", "region");
    }

    @Test
    void anUnknownRegionIsNotFound() {
        for (String path : List.of("/api/compliance?region=ZZ-UNKNOWN",
                "/api/compliance/cofinancing?region=ZZ-UNKNOWN")) {
            given().auth().oauth2(Tokens.monitor()).urlEncodingEnabled(false).get(path)
                    .then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("detail", equalTo("Unknown region ZZ-UNKNOWN"));
        }
    }

    private static void refused(String path, String parameter) {
        given().auth().oauth2(Tokens.admin()).urlEncodingEnabled(false).get(path)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(parameter));
    }

    /** The last event first: the report's review before its submission before its obligation. */
    private static void publishBackwards(Event... events) {
        for (int i = events.length - 1; i >= 0; i--) {
            events[i].publish();
        }
    }

    private static String board(String region) {
        return "/api/compliance?region=" + region;
    }

    private static String state(JsonPath board, Obligation obligation) {
        Map<String, Object> row = row(board, obligation);
        return row == null ? null : (String) row.get("state");
    }

    private static Map<String, Object> withoutId(Map<String, Object> row) {
        Map<String, Object> rest = new HashMap<>(row);
        rest.remove("obligationId");
        return rest;
    }

    private static Instant instant(Map<String, Object> row, String field) {
        return OffsetDateTime.parse((String) row.get(field)).toInstant();
    }

    /** Ten in the morning of the day, in the Netherlands. */
    static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ProgrammeClock.ZONE).toOffsetDateTime();
    }
}
