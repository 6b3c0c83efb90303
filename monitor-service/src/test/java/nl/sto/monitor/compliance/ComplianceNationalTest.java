package nl.sto.monitor.compliance;

import static nl.sto.monitor.compliance.ComplianceBoardTest.at;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitAnswer;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitConsumed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import nl.sto.commontest.RegionEvents;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.commontest.MovableClock;
import nl.sto.monitor.compliance.ComplianceEvents.Obligation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ministry's national views: {@code GET /api/compliance/summary} (per obligation of a regulation, the states and
 * the on-time rate) and {@code GET /api/compliance/at-risk} (the regions at risk, most at risk first, with reasons).
 * Other tests' regions are on the same board, so each test looks at its own regulation or regions.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ComplianceNationalTest {

    private static final LocalDate TODAY = LocalDate.of(2032, 3, 10);
    private static final LocalDate DUE = TODAY.minusDays(10);

    @Inject
    MovableClock clock;

    private String regulation;

    @BeforeEach
    void aRegulationOfItsOwnOnAFixedDay() {
        clock.set(at(TODAY).toInstant());
        regulation = "STO-NATIONAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void theSummaryGivesPerObligationTheStatesAndTheOnTimeRate() {
        String a = RegionEvents.uniqueCode();
        String b = RegionEvents.uniqueCode();
        String c = RegionEvents.uniqueCode();
        String late = RegionEvents.uniqueCode();
        Obligation aProgress = Obligation.of(a, regulation);
        aProgress.created(DUE, 1).publish();
        aProgress.submitted(1, at(DUE.minusDays(1)), DUE).publish();
        Obligation.of(a, regulation, "EINDVERSLAG").created(TODAY.plusDays(100), 1).publish();
        Obligation bProgress = Obligation.of(b, regulation);
        bProgress.created(DUE, 1).publish();
        bProgress.submitted(1, at(DUE.plusDays(1)), DUE).publish();
        bProgress.accepted(1, at(DUE.plusDays(5))).publish();
        Obligation.of(c, regulation).created(DUE, 1).publish();
        Obligation.of(late, regulation).created(DUE.plusDays(60), 1).publish();

        awaitConsumed();
        JsonPath summary = awaitAnswer("/api/compliance/summary", answer -> ours(answer).size() == 3
                && ours(answer).stream().mapToLong(o -> number(counts(o).get("obligations"))).sum() == 5);

        assertThat(summary.getString("today")).isEqualTo(TODAY.toString());
        List<Map<String, Object>> obligations = ours(summary);
        assertThat(obligations).extracting(o -> o.get("kind"), o -> o.get("dueDate")).containsExactly(
                tuple("EINDVERSLAG", TODAY.plusDays(100).toString()),
                tuple("VOORTGANG", DUE.toString()),
                tuple("VOORTGANG", DUE.plusDays(60).toString()));
        Map<String, Object> progress = counts(obligations.get(1));
        assertThat(progress).containsEntry("obligations", 3).containsEntry("onTime", 1).containsEntry("decided", 3)
                .containsEntry("states", Map.of("open", 0, "submitted-on-time", 1, "submitted-late", 0,
                        "overdue", 1, "accepted", 1, "returned", 0));
        assertThat(((Number) progress.get("onTimeRate")).doubleValue()).isCloseTo(33.33, offset(0.01));
        assertThat(counts(obligations.get(2))).containsEntry("onTimeRate", null)
                .containsEntry("states", Map.of("open", 1, "submitted-on-time", 0, "submitted-late", 0,
                        "overdue", 0, "accepted", 0, "returned", 0));
        assertThat(obligations.get(0)).containsEntry("kindName",
                Map.of("nl", "Voortgangsrapportage", "en", "Progress report"));
        assertThat(number(summary.getMap("national").get("obligations"))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theRegionsAtRiskComeMostAtRiskFirstWithTheirReasons() {
        String overdueAndSilent = RegionEvents.uniqueCode();
        Obligation first = Obligation.of(overdueAndSilent, regulation);
        first.created(TODAY.minusDays(3), 1).publish();
        first.reminderFailed("r-" + first.id(), "permanent-failure", at(TODAY.minusDays(10))).publish();
        String overdue = RegionEvents.uniqueCode();
        Obligation.of(overdue, regulation).created(TODAY.minusDays(1), 1).publish();
        String silent = RegionEvents.uniqueCode();
        Obligation drafting = Obligation.of(silent, regulation);
        drafting.created(TODAY.plusDays(40), 1).publish();
        drafting.draftStarted(at(TODAY.minusDays(2))).publish();
        drafting.reminderFailed("r-" + drafting.id(), "technical-failure", at(TODAY.minusDays(1))).publish();
        String dueSoon = RegionEvents.uniqueCode();
        Obligation.of(dueSoon, regulation).created(TODAY.plusDays(5), 1).publish();
        String started = RegionEvents.uniqueCode();
        Obligation startedSoon = Obligation.of(started, regulation);
        startedSoon.created(TODAY.plusDays(5), 1).publish();
        startedSoon.draftStarted(at(TODAY.minusDays(1))).publish();
        String farOff = RegionEvents.uniqueCode();
        Obligation.of(farOff, regulation).created(TODAY.plusDays(20), 1).publish();
        String closed = RegionEvents.uniqueCode();
        Obligation.of(closed, regulation).created(TODAY.minusDays(5), 1).publish();
        ComplianceEvents.closed(closed, TODAY.minusDays(1)).publish();
        List<String> ours = List.of(overdueAndSilent, overdue, silent, dueSoon, started, farOff, closed);

        awaitConsumed();
        List<Map<String, Object>> atRisk = awaitAnswer("/api/compliance/at-risk",
                answer -> regions(answer, ours).size() == 4).getList("$");
        List<Map<String, Object>> found = atRisk.stream().filter(region -> ours.contains(region.get("region")))
                .toList();

        assertThat(found).extracting(region -> region.get("region"))
                .containsExactly(overdueAndSilent, overdue, silent, dueSoon);
        assertThat(found).extracting(region -> region.get("severity")).containsExactly("high", "high", "medium",
                "low");
        assertThat(reasons(found.get(0))).containsExactly("overdue", "reminders-failing");
        assertThat(reasons(found.get(1))).containsExactly("overdue");
        assertThat(reasons(found.get(2))).containsExactly("reminders-failing");
        assertThat(reasons(found.get(3))).containsExactly("due-soon-without-draft");
        Map<String, Object> risk = risks(found.get(0)).get(0);
        assertThat(risk).containsEntry("obligationId", first.id()).containsEntry("regulationId", regulation)
                .containsEntry("kind", ComplianceEvents.KIND).containsEntry("dueDate", TODAY.minusDays(3).toString())
                .containsEntry("daysLeft", -3);
        assertThat(risks(found.get(3)).get(0)).containsEntry("daysLeft", 5);
    }

    private List<Map<String, Object>> ours(JsonPath summary) {
        List<Map<String, Object>> obligations = summary.getList("obligations");
        return obligations.stream().filter(o -> regulation.equals(o.get("regulationId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> obligation) {
        return (Map<String, Object>) obligation.get("counts");
    }

    private static List<Map<String, Object>> regions(JsonPath atRisk, List<String> codes) {
        List<Map<String, Object>> all = atRisk.getList("$");
        return all.stream().filter(region -> codes.contains(region.get("region"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> risks(Map<String, Object> region) {
        return (List<Map<String, Object>>) region.get("risks");
    }

    private static List<Object> reasons(Map<String, Object> region) {
        return risks(region).stream().map(risk -> risk.get("reason")).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
