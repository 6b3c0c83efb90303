package nl.sto.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final ReminderSchedule schedule = new ReminderSchedule(List.of(56, 14, 2, 0), 4, 7, LocalTime.of(9, 0),
            AMSTERDAM);
    private final Instant longBefore = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void eightWeeksTwoWeeksTwoDaysTheDayAndWeeklyOverdueNoticesAt0900() {
        // Due Monday 15 March 2027: 2 days before is Saturday, so that step goes on Friday the 12th.
        List<PlannedStep> steps = schedule.stepsAfter(longBefore, LocalDate.of(2027, 3, 15), true);
        assertThat(steps).extracting(PlannedStep::step, PlannedStep::at, PlannedStep::beforeDue).containsExactly(
                tuple("before-56d", Instant.parse("2027-01-18T08:00:00Z"), true),
                tuple("before-14d", Instant.parse("2027-03-01T08:00:00Z"), true),
                tuple("before-2d", Instant.parse("2027-03-12T08:00:00Z"), true),
                tuple("due-day", Instant.parse("2027-03-15T08:00:00Z"), true),
                tuple("overdue-1", Instant.parse("2027-03-16T08:00:00Z"), false),
                tuple("overdue-2", Instant.parse("2027-03-23T08:00:00Z"), false),
                // Summer time from 28 March: 09:00 in Amsterdam is 07:00 UTC.
                tuple("overdue-3", Instant.parse("2027-03-30T07:00:00Z"), false),
                tuple("overdue-4", Instant.parse("2027-04-06T07:00:00Z"), false));
    }

    @Test
    void aStepOnAHolidayGoesTheWorkingDayBefore() {
        // Due Thursday 6 May 2027, Ascension Day; the day before is Liberation Day: the due-day reminder goes on the 4th.
        List<PlannedStep> steps = schedule.stepsAfter(longBefore, LocalDate.of(2027, 5, 6), false);
        assertThat(steps).extracting(PlannedStep::step).contains("due-day");
        assertThat(steps.stream().filter(s -> s.step().equals("due-day")).findFirst().orElseThrow().at())
                .isEqualTo(Instant.parse("2027-05-04T07:00:00Z"));
    }

    @Test
    void aMilestoneGetsNoOverdueNotices() {
        assertThat(schedule.stepsAfter(longBefore, LocalDate.of(2027, 3, 15), false)).extracting(PlannedStep::step)
                .containsExactly("before-56d", "before-14d", "before-2d", "due-day");
    }

    @Test
    void onlyStepsAheadOfNowArePlanned() {
        Instant now = Instant.parse("2027-03-05T12:00:00Z");
        assertThat(schedule.stepsAfter(now, LocalDate.of(2027, 3, 15), false)).extracting(PlannedStep::step)
                .containsExactly("before-2d", "due-day");
    }

    @Test
    void twoStepsOnOneMomentAreSentOnceAsTheLaterStep() {
        // Due Sunday 14 March 2027: the day itself and 2 days before both fall back to Friday the 12th.
        List<PlannedStep> steps = schedule.stepsAfter(longBefore, LocalDate.of(2027, 3, 14), false);
        assertThat(steps).extracting(PlannedStep::step).containsExactly("before-56d", "before-14d", "due-day");
        assertThat(steps.get(2).at()).isEqualTo(Instant.parse("2027-03-12T08:00:00Z"));
    }

    @Test
    void theOffsetsAreConfiguration() {
        ReminderSchedule weekly = new ReminderSchedule(List.of(7, 1), 1, 7, LocalTime.of(14, 30), AMSTERDAM);
        assertThat(weekly.stepsAfter(longBefore, LocalDate.of(2027, 3, 17), true))
                .extracting(PlannedStep::step, PlannedStep::at).containsExactly(
                        tuple("before-7d", Instant.parse("2027-03-10T13:30:00Z")),
                        tuple("before-1d", Instant.parse("2027-03-16T13:30:00Z")),
                        tuple("overdue-1", Instant.parse("2027-03-18T13:30:00Z")));
    }
}
