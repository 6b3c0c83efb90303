package nl.sto.reports.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.obligations.ObligationSchedule.Participant;
import nl.sto.reports.regulation.Due;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationVersion;

class ObligationScheduleTest {

    static final Regulation STO_2020 = regulation("STO-2020-2023", LocalDate.of(2019, 4, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2019, 4, 1), null);
    static final List<KindDefinition> KINDS_2020 = List.of(fixed("PROGRESS_REPORT_1", LocalDate.of(2021, 10, 1)),
            fixed("PROGRESS_REPORT_2", LocalDate.of(2023, 7, 1)), fixed("FINAL_REPORT", LocalDate.of(2024, 7, 1)),
            fixed("SPENDING_PERIOD_END", LocalDate.of(2024, 1, 1)));
    static final RegulationVersion ORIGINAL = version(1, "Subsidieregeling sterk techniekonderwijs 2020-2023",
            LocalDate.of(2019, 4, 1), "{\"PROGRESS_REPORT_1\":\"2021-10-01\",\"PROGRESS_REPORT_2\":\"2023-07-01\","
                    + "\"FINAL_REPORT\":\"2024-07-01\",\"SPENDING_PERIOD_END\":\"2024-01-01\"}");
    static final RegulationVersion COVID = version(2, "Stcrt. 2021, nr. 40070", LocalDate.of(2021, 5, 28),
            "{\"PROGRESS_REPORT_1\":\"2021-11-01\",\"PROGRESS_REPORT_2\":\"2023-07-01\","
                    + "\"FINAL_REPORT\":\"2024-12-01\",\"SPENDING_PERIOD_END\":\"2024-08-01\"}");
    static final RegulationVersion AMENDMENT_2023 = version(3,
            "Wijziging Subsidieregeling sterk techniekonderwijs 2020-2023 (19 juli 2023)", LocalDate.of(2023, 7, 20),
            "{\"PROGRESS_REPORT_1\":\"2021-11-01\",\"PROGRESS_REPORT_2\":\"2023-10-01\","
                    + "\"FINAL_REPORT\":\"2024-12-01\",\"SPENDING_PERIOD_END\":\"2025-01-01\"}");
    static final List<RegulationVersion> VERSIONS_2020 = List.of(ORIGINAL, COVID, AMENDMENT_2023);

    @Test
    void aRegionAdmittedUnderTheOriginalShowsEveryLaterMoveWithItsLegalReference() {
        Map<String, Derived> derived = byKind(ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020,
                participant(STO_2020, LocalDate.of(2020, 1, 15))));

        assertThat(derived).hasSize(4);
        Derived progress = derived.get("PROGRESS_REPORT_1");
        assertThat(progress.dueDate()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(progress.setBy()).isSameAs(COVID);
        assertThat(progress.occurrence()).isZero();
        assertThat(progress.moves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(LocalDate.of(2021, 10, 1));
            assertThat(move.to()).isEqualTo(LocalDate.of(2021, 11, 1));
            assertThat(move.by().legalReference).isEqualTo("Stcrt. 2021, nr. 40070");
        });
        Derived second = derived.get("PROGRESS_REPORT_2");
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(second.setBy()).isSameAs(AMENDMENT_2023);
        assertThat(second.moves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(move.by()).isSameAs(AMENDMENT_2023);
        });
        assertThat(derived.get("FINAL_REPORT").dueDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(derived.get("FINAL_REPORT").setBy()).isSameAs(COVID);
        Derived spending = derived.get("SPENDING_PERIOD_END");
        assertThat(spending.dueDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(spending.moves()).extracting(m -> m.to()).containsExactly(LocalDate.of(2024, 8, 1),
                LocalDate.of(2025, 1, 1));
        assertThat(spending.moves()).extracting(m -> m.by().number).containsExactly(2, 3);
    }

    @Test
    void aRegionAdmittedUnderAnAmendmentStartsFromItsDatesWithoutTheEarlierMoves() {
        Map<String, Derived> derived = byKind(ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020,
                participant(STO_2020, LocalDate.of(2021, 6, 1))));

        assertThat(derived.get("PROGRESS_REPORT_1").dueDate()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(derived.get("PROGRESS_REPORT_1").setBy()).isSameAs(COVID);
        assertThat(derived.get("PROGRESS_REPORT_1").moves()).isEmpty();
        assertThat(derived.get("FINAL_REPORT").moves()).isEmpty();
        // Version 3 came later, so it still moves what it moves.
        assertThat(derived.get("PROGRESS_REPORT_2").moves()).singleElement()
                .satisfies(move -> assertThat(move.by()).isSameAs(AMENDMENT_2023));
    }

    @Test
    void aVersionThatRepeatsADateDoesNotMoveIt() {
        Map<String, Derived> derived = byKind(ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020,
                participant(STO_2020, LocalDate.of(2020, 1, 15))));

        // Version 3 repeats progress report 1 and the final report: no move of version 3 for them.
        assertThat(derived.get("PROGRESS_REPORT_1").moves()).hasSize(1);
        assertThat(derived.get("FINAL_REPORT").moves()).singleElement()
                .satisfies(move -> assertThat(move.by()).isSameAs(COVID));
    }

    @Test
    void nothingThatFellDueBeforeTheAdmissionIsOwed() {
        Participant late = participant(STO_2020, LocalDate.of(2022, 3, 1));

        List<Derived> owed = ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020, late);
        assertThat(owed).extracting(d -> d.kind().code).containsExactly("PROGRESS_REPORT_2", "FINAL_REPORT",
                "SPENDING_PERIOD_END");
        assertThat(owed).allSatisfy(d -> assertThat(d.dueDate()).isAfterOrEqualTo(late.admittedOn()));
        assertThat(ObligationSchedule.notOwed(STO_2020, KINDS_2020, VERSIONS_2020, late)).singleElement()
                .satisfies(d -> {
                    assertThat(d.kind().code).isEqualTo("PROGRESS_REPORT_1");
                    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2021, 11, 1));
                });

        // Admitted on the due day itself: still owed (it can be met that day).
        Participant onTheDay = participant(STO_2020, LocalDate.of(2023, 10, 1));
        assertThat(ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020, onTheDay))
                .extracting(d -> d.kind().code).containsExactly("PROGRESS_REPORT_2", "FINAL_REPORT",
                        "SPENDING_PERIOD_END");

        // Admitted after every deadline: nothing owed, everything listed as not owed.
        Participant afterAll = participant(STO_2020, LocalDate.of(2025, 6, 1));
        assertThat(ObligationSchedule.owed(STO_2020, KINDS_2020, VERSIONS_2020, afterAll)).isEmpty();
        assertThat(ObligationSchedule.notOwed(STO_2020, KINDS_2020, VERSIONS_2020, afterAll)).hasSize(4);
    }

    @Test
    void aRegionTakesPartInARegulationWhosePeriodHasNotEndedOnItsAdmission() {
        assertThat(ObligationSchedule.takesPart(STO_2020, admission("R01", LocalDate.of(2020, 1, 1)))).isTrue();
        assertThat(ObligationSchedule.takesPart(STO_2020, admission("R01", LocalDate.of(2025, 12, 31)))).isTrue();
        assertThat(ObligationSchedule.takesPart(STO_2020, admission("R01", LocalDate.of(2026, 1, 1)))).isFalse();
    }

    @Test
    void aYearlyKindFallsDueInEveryYearOfThePeriod() {
        Regulation regulation = regulation("TEST-YEARLY", LocalDate.of(2024, 4, 3), LocalDate.of(2029, 3, 30),
                LocalDate.of(2024, 3, 27), null);
        KindDefinition annual = yearly("ANNUAL_REPORT", 7, 1);
        List<RegulationVersion> versions = List.of(version(1, "Yearly", LocalDate.of(2024, 4, 3), "{}"));

        List<Derived> owed = ObligationSchedule.owed(regulation, List.of(annual), versions,
                participant(regulation, LocalDate.of(2020, 1, 1)));
        assertThat(owed).extracting(Derived::dueDate).containsExactly(LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2028, 7, 1));
        assertThat(owed).extracting(Derived::occurrence).containsExactly(2024, 2025, 2026, 2027, 2028);
        assertThat(owed).allSatisfy(d -> {
            assertThat(d.moves()).isEmpty();
            assertThat(d.setBy()).isSameAs(versions.get(0));
        });

        // A day before the period's start (in its first year) or after its end (in its last) is not in it.
        List<Derived> early = ObligationSchedule.owed(regulation, List.of(yearly("EARLY", 1, 15)), versions,
                participant(regulation, LocalDate.of(2020, 1, 1)));
        assertThat(early).extracting(Derived::occurrence).containsExactly(2025, 2026, 2027, 2028, 2029);

        // A region admitted mid-period owes only the years still to come.
        assertThat(ObligationSchedule.owed(regulation, List.of(annual), versions,
                participant(regulation, LocalDate.of(2026, 7, 2)))).extracting(Derived::occurrence)
                .containsExactly(2027, 2028);
        assertThat(ObligationSchedule.notOwed(regulation, List.of(annual), versions,
                participant(regulation, LocalDate.of(2026, 7, 2)))).extracting(Derived::occurrence)
                .containsExactly(2024, 2025, 2026);
    }

    @Test
    void theTwentyNinthOfFebruaryFallsOnTheTwentyEighthInOtherYears() {
        Regulation regulation = regulation("TEST-LEAP", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 12, 31),
                LocalDate.of(2022, 12, 1), null);
        List<RegulationVersion> versions = List.of(version(1, "Leap", LocalDate.of(2023, 1, 1), "{}"));

        assertThat(ObligationSchedule.owed(regulation, List.of(yearly("LEAP_DAY", 2, 29)), versions,
                participant(regulation, LocalDate.of(2022, 12, 1)))).extracting(Derived::dueDate)
                .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                        LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
    }

    @Test
    void weeksAfterTheGrantDecisionCountFromTheRegulationsDecisionOrALaterAdmission() {
        Regulation regulation = regulation("TEST-WEEKS", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 15));
        KindDefinition plan = weeks("PLAN", 12);
        List<RegulationVersion> versions = List.of(version(1, "Weeks", LocalDate.of(2025, 1, 1), "{}"));

        // Admitted before the grants were decided: from the regulation's decision day.
        Participant early = participant(regulation, LocalDate.of(2020, 1, 1));
        assertThat(early.grantDecidedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(ObligationSchedule.owed(regulation, List.of(plan), versions, early)).singleElement()
                .satisfies(d -> {
                    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 4, 9));
                    assertThat(d.occurrence()).isZero();
                    assertThat(d.setBy()).isSameAs(versions.get(0));
                });

        // Admitted later: from its own admission, its grant decision.
        Participant late = participant(regulation, LocalDate.of(2026, 3, 2));
        assertThat(late.grantDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ObligationSchedule.owed(regulation, List.of(plan), versions, late)).singleElement()
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 25)));

        // Beyond the period's end: not a date of this regulation.
        Participant tooLate = participant(regulation, LocalDate.of(2027, 11, 1));
        assertThat(ObligationSchedule.owed(regulation, List.of(plan), versions, tooLate)).isEmpty();

        // Without a decision day the regulation's effective date counts.
        Regulation undecided = regulation("TEST-WEEKS-2", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                LocalDate.of(2024, 12, 1), null);
        undecided.effectiveOn = LocalDate.of(2025, 2, 1);
        assertThat(participant(undecided, LocalDate.of(2020, 1, 1)).grantDecidedOn())
                .isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void kindsComeInTheRegulationsOrder() {
        Regulation regulation = regulation("TEST-MIXED", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1));
        List<KindDefinition> kinds = List.of(weeks("PLAN", 4), fixed("MIDTERM", LocalDate.of(2025, 9, 1)),
                yearly("ANNUAL", 12, 1));
        List<RegulationVersion> versions = List.of(version(1, "Mixed", LocalDate.of(2025, 1, 1),
                "{\"MIDTERM\":\"2025-09-01\"}"));

        assertThat(ObligationSchedule.owed(regulation, kinds, versions, participant(regulation,
                LocalDate.of(2020, 1, 1)))).extracting(d -> d.kind().code + "@" + d.dueDate())
                .containsExactly("PLAN@2025-01-29", "MIDTERM@2025-09-01", "ANNUAL@2025-12-01", "ANNUAL@2026-12-01");
    }

    static Participant participant(Regulation regulation, LocalDate admittedOn) {
        return Participant.of(regulation, admission("R99", admittedOn));
    }

    static Admission admission(String region, LocalDate admittedOn) {
        Admission admission = new Admission();
        admission.regionCode = region;
        admission.admittedOn = admittedOn;
        return admission;
    }

    static Regulation regulation(String id, LocalDate from, LocalDate to, LocalDate publishedOn,
            LocalDate grantsDecidedOn) {
        Regulation regulation = new Regulation();
        regulation.id = id;
        regulation.periodFrom = from;
        regulation.periodTo = to;
        regulation.publishedOn = publishedOn;
        regulation.effectiveOn = from;
        regulation.grantsDecidedOn = grantsDecidedOn;
        return regulation;
    }

    static KindDefinition fixed(String code, LocalDate date) {
        KindDefinition kind = kind(code);
        kind.dueRule = Due.Rule.FIXED;
        kind.dueDate = date;
        return kind;
    }

    static KindDefinition yearly(String code, int month, int day) {
        KindDefinition kind = kind(code);
        kind.dueRule = Due.Rule.YEARLY;
        kind.dueMonth = month;
        kind.dueDay = day;
        return kind;
    }

    static KindDefinition weeks(String code, int weeks) {
        KindDefinition kind = kind(code);
        kind.dueRule = Due.Rule.WEEKS_AFTER_GRANT;
        kind.dueWeeks = weeks;
        return kind;
    }

    private static KindDefinition kind(String code) {
        KindDefinition kind = new KindDefinition();
        kind.code = code;
        kind.report = true;
        kind.sections = "[]";
        return kind;
    }

    static RegulationVersion version(int number, String reference, LocalDate effectiveOn, String deadlines) {
        RegulationVersion version = new RegulationVersion();
        version.number = number;
        version.legalReference = reference;
        version.effectiveOn = effectiveOn;
        version.deadlinesJson = deadlines;
        return version;
    }

    private static Map<String, Derived> byKind(List<Derived> derived) {
        return derived.stream().collect(Collectors.toMap(d -> d.kind().code, d -> d));
    }
}
