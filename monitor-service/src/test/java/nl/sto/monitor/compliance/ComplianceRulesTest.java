package nl.sto.monitor.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The board's rules on made-up facts, each judged against a day of our choosing. */
class ComplianceRulesTest {

    private static final LocalDate DUE = LocalDate.of(2031, 11, 1);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2031-10-20T10:00:00+02:00");

    @Test
    void anObligationIsOpenUpToItsDueDateAndOverdueTheDayAfter() {
        Facts facts = new Facts().due(DUE);
        assertThat(ComplianceRules.state(facts.build(), DUE.minusDays(30))).isEqualTo(ComplianceState.OPEN);
        assertThat(ComplianceRules.state(facts.build(), DUE)).isEqualTo(ComplianceState.OPEN);
        assertThat(ComplianceRules.state(facts.build(), DUE.plusDays(1))).isEqualTo(ComplianceState.OVERDUE);
    }

    @Test
    void withoutAnyDueDateAnObligationStaysOpen() {
        assertThat(ComplianceRules.state(new Facts().build(), DUE.plusYears(5))).isEqualTo(ComplianceState.OPEN);
    }

    @Test
    void aSubmissionIsOnTimeUpToTheEndOfTheDutchDueDay() {
        Facts lastMinute = new Facts().due(DUE).submitted(1, OffsetDateTime.parse("2031-11-01T23:59:00+01:00"));
        Facts nextDutchDay = new Facts().due(DUE).submitted(1, OffsetDateTime.parse("2031-11-01T23:30:00Z"));
        assertThat(ComplianceRules.state(lastMinute.build(), DUE.plusDays(10)))
                .isEqualTo(ComplianceState.SUBMITTED_ON_TIME);
        assertThat(ComplianceRules.onTime(lastMinute.build())).isTrue();
        assertThat(ComplianceRules.state(nextDutchDay.build(), DUE.plusDays(10)))
                .as("00:30 on 2 November in Amsterdam").isEqualTo(ComplianceState.SUBMITTED_LATE);
        assertThat(ComplianceRules.onTime(nextDutchDay.build())).isFalse();
    }

    @Test
    void theDueDateInForceNowJudgesASubmission() {
        Facts moved = new Facts().due(DUE.plusMonths(1)).reportedDue(DUE).submitted(1, AT.plusDays(20));
        assertThat(ComplianceRules.state(moved.build(), DUE.plusMonths(2))).as("moved a month by an amendment")
                .isEqualTo(ComplianceState.SUBMITTED_ON_TIME);
        Facts reportedOnly = new Facts().reportedDue(DUE).submitted(1, AT.plusDays(20));
        assertThat(ComplianceRules.dueDate(reportedOnly.build())).as("until the regulation's date arrives")
                .isEqualTo(DUE);
        assertThat(ComplianceRules.state(reportedOnly.build(), DUE.plusMonths(2)))
                .isEqualTo(ComplianceState.SUBMITTED_LATE);
    }

    @Test
    void aReturnedReportIsReturnedUntilItIsSubmittedAgainAndThenKeepsItsFirstJudgement() {
        Facts returned = new Facts().due(DUE).submitted(1, AT).returned(1);
        assertThat(ComplianceRules.state(returned.build(), DUE.plusDays(5))).isEqualTo(ComplianceState.RETURNED);
        Facts resubmitted = returned.submitted(2, AT.plusDays(30));
        assertThat(ComplianceRules.state(resubmitted.build(), DUE.plusDays(40)))
                .as("resubmitted after the due date, first submitted before it")
                .isEqualTo(ComplianceState.SUBMITTED_ON_TIME);
        assertThat(ComplianceRules.state(new Facts().due(DUE).returned(1).build(), DUE.plusDays(5)))
                .as("the return arrived before the submission").isEqualTo(ComplianceState.RETURNED);
    }

    @Test
    void anAcceptedReportStaysAccepted() {
        Facts accepted = new Facts().due(DUE).submitted(1, AT.plusDays(20)).returned(1).submitted(2, AT.plusDays(40))
                .accepted(2);
        assertThat(ComplianceRules.state(accepted.build(), DUE.plusYears(1))).isEqualTo(ComplianceState.ACCEPTED);
        assertThat(ComplianceRules.onTime(accepted.build())).isFalse();
        assertThat(ComplianceRules.state(new Facts().accepted(1).build(), DUE))
                .as("the acceptance arrived first").isEqualTo(ComplianceState.ACCEPTED);
    }

    @Test
    void aPermanentFailureFailsUntilThatReminderIsDelivered() {
        OffsetDateTime failed = AT;
        assertThat(new ReminderTally(3, 1, failed.plusDays(1), true, null).failing()).isTrue();
        assertThat(new ReminderTally(3, 0, failed.plusDays(1), false, null).failing()).isFalse();
    }

    @Test
    void aTechnicalFailureFailsUntilAnyReminderIsDeliveredAfterIt() {
        assertThat(new ReminderTally(1, 1, AT.minusDays(1), false, AT).failing()).isTrue();
        assertThat(new ReminderTally(0, 1, null, false, AT).failing()).isTrue();
        assertThat(new ReminderTally(2, 1, AT.plusHours(1), false, AT).failing()).isFalse();
        assertThat(ReminderTally.NONE.failing()).isFalse();
    }

    @Test
    void risksAreOverdueRemindersFailingAndDueSoonWithoutADraft() {
        LocalDate today = DUE.minusDays(14);
        assertThat(risks(new Facts().due(DUE), today)).containsExactly(RiskReason.DUE_SOON_WITHOUT_DRAFT);
        assertThat(risks(new Facts().due(DUE.plusDays(1)), today)).as("15 days ahead").isEmpty();
        assertThat(risks(new Facts().due(DUE).draftStarted(AT), today)).isEmpty();
        assertThat(risks(new Facts().due(today), today)).as("due today").containsExactly(
                RiskReason.DUE_SOON_WITHOUT_DRAFT);
        assertThat(risks(new Facts().due(today.minusDays(1)).reminders(failing()), today))
                .containsExactly(RiskReason.OVERDUE, RiskReason.REMINDERS_FAILING);
        assertThat(risks(new Facts().due(DUE.plusDays(60)).draftStarted(AT).reminders(failing()), today))
                .containsExactly(RiskReason.REMINDERS_FAILING);
        assertThat(risks(new Facts().due(DUE).submitted(1, AT).reminders(failing()), today))
                .as("the region did its part").isEmpty();
        assertThat(risks(new Facts().due(DUE).submitted(1, AT).returned(1).reminders(failing()), today))
                .containsExactly(RiskReason.REMINDERS_FAILING);
    }

    @Test
    void aClosedRegionIsAtRiskNoMore() {
        LocalDate today = DUE.plusDays(3);
        assertThat(risks(new Facts().due(DUE).closedOn(today), today)).isEmpty();
        assertThat(risks(new Facts().due(DUE).closedOn(today.plusDays(1)), today))
                .containsExactly(RiskReason.OVERDUE);
    }

    @Test
    void regionsAtRiskComeMostSevereFirstThenWithTheMostReasons() {
        LocalDate today = DUE.minusDays(5);
        List<TrackedObligation> all = List.of(
                new Facts().region("SOON").due(DUE).build(),
                new Facts().region("LATE").due(today.minusDays(1)).build(),
                new Facts().region("SILENT").due(DUE.plusDays(60)).reminders(failing()).build(),
                new Facts().region("LATER").due(today.minusDays(2)).build(),
                new Facts().region("LATER").due(DUE).build(),
                new Facts().region("FINE").due(DUE).draftStarted(AT).build());
        List<RegionAtRisk> atRisk = RegionAtRisk.of(all, today, 14);
        assertThat(atRisk).extracting(RegionAtRisk::region).containsExactly("LATER", "LATE", "SILENT", "SOON");
        assertThat(atRisk).extracting(RegionAtRisk::severity).containsExactly("high", "high", "medium", "low");
        assertThat(atRisk.get(0).risks()).extracting(RegionAtRisk.Risk::reason)
                .containsExactly(RiskReason.OVERDUE, RiskReason.DUE_SOON_WITHOUT_DRAFT);
        assertThat(atRisk.get(0).risks().get(0).daysLeft()).isEqualTo(-2);
    }

    @Test
    void theOnTimeRateCountsSubmittedAndOverdueObligations() {
        LocalDate today = DUE.plusDays(1);
        List<TrackedObligation> all = List.of(
                new Facts().due(DUE).submitted(1, AT).build(),
                new Facts().due(DUE).submitted(1, AT).accepted(1).build(),
                new Facts().due(DUE).submitted(1, AT.plusDays(30)).build(),
                new Facts().due(DUE).build(),
                new Facts().due(DUE.plusDays(30)).build());
        StateCounts counts = StateCounts.of(all, today);
        assertThat(counts.states()).containsEntry("submitted-on-time", 1L).containsEntry("accepted", 1L)
                .containsEntry("submitted-late", 1L).containsEntry("overdue", 1L).containsEntry("open", 1L)
                .containsEntry("returned", 0L);
        assertThat(counts.onTime()).isEqualTo(2);
        assertThat(counts.decided()).isEqualTo(4);
        assertThat(counts.onTimeRate()).isEqualTo(50.0);
        assertThat(StateCounts.of(List.of(new Facts().due(DUE).build()), DUE).onTimeRate()).isNull();
    }

    @Test
    void coFinancingIsSetAgainstTheGrant() {
        Funding funding = Funding.of(new BigDecimal("200000"), new BigDecimal("12000.50"),
                new BigDecimal("3000"), 3);
        assertThat(funding.realised()).isEqualByComparingTo("15000.50");
        assertThat(funding.percentOfGrant()).isEqualTo(7.5);
        assertThat(Funding.of(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, 1)
                .percentOfGrant()).as("no grant").isNull();
    }

    private static List<RiskReason> risks(Facts facts, LocalDate today) {
        return ComplianceRules.risks(facts.build(), today, 14);
    }

    private static ReminderTally failing() {
        return new ReminderTally(0, 1, null, true, null);
    }

    /** The facts of one obligation, as the events would have brought them. */
    private static final class Facts {
        private String region = "R01";
        private LocalDate closedOn;
        private LocalDate due;
        private LocalDate reportedDue;
        private OffsetDateTime draftStarted;
        private OffsetDateTime firstSubmitted;
        private OffsetDateTime lastSubmitted;
        private Integer submittedVersion;
        private Integer returnedVersion;
        private Integer acceptedVersion;
        private ReminderTally reminders = ReminderTally.NONE;

        Facts region(String code) {
            region = code;
            return this;
        }

        Facts closedOn(LocalDate day) {
            closedOn = day;
            return this;
        }

        Facts due(LocalDate day) {
            due = day;
            return this;
        }

        Facts reportedDue(LocalDate day) {
            reportedDue = day;
            return this;
        }

        Facts draftStarted(OffsetDateTime at) {
            draftStarted = at;
            return this;
        }

        Facts submitted(int version, OffsetDateTime at) {
            firstSubmitted = firstSubmitted == null ? at : firstSubmitted;
            lastSubmitted = at;
            submittedVersion = version;
            return this;
        }

        Facts returned(int version) {
            returnedVersion = version;
            return this;
        }

        Facts accepted(int version) {
            acceptedVersion = version;
            return this;
        }

        Facts reminders(ReminderTally tally) {
            reminders = tally;
            return this;
        }

        TrackedObligation build() {
            return new TrackedObligation("O-" + region + "-" + due, region, "Regio " + region, closedOn, "STO-TEST",
                    "PROGRESS", null, due, due == null ? null : 1, null, reportedDue, draftStarted, firstSubmitted,
                    lastSubmitted, submittedVersion, returnedVersion, returnedVersion == null ? null : AT,
                    acceptedVersion, acceptedVersion == null ? null : AT, reminders);
        }
    }
}
