package nl.sto.notification.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of one obligation's reminders for one due date: the days before it, the day itself and, for a report,
 * overdue notices after it. Every step goes out at the configured time of day (Europe/Amsterdam, so 09:00 stays
 * 09:00 across daylight saving) on a working day: a step on a weekend or holiday goes the working day before. Steps
 * whose moment has passed are not planned; two steps that end up on the same moment are sent once, as the later one.
 */
public final class ReminderSchedule {

    private final List<Integer> daysBefore;
    private final int overdueNotices;
    private final int overdueIntervalDays;
    private final LocalTime sendAt;
    private final ZoneId zone;

    public ReminderSchedule(List<Integer> daysBefore, int overdueNotices, int overdueIntervalDays, LocalTime sendAt,
            ZoneId zone) {
        this.daysBefore = daysBefore.stream().sorted(Comparator.reverseOrder()).toList();
        this.overdueNotices = overdueNotices;
        this.overdueIntervalDays = overdueIntervalDays;
        this.sendAt = sendAt;
        this.zone = zone;
    }

    public static ReminderSchedule of(ReminderSettings settings, ZoneId zone) {
        return new ReminderSchedule(settings.daysBefore(), settings.overdueNotices(), settings.overdueIntervalDays(),
                settings.sendAt(), zone);
    }

    /** The steps still ahead of {@code now}, in time order; overdue notices only for a report. */
    public List<PlannedStep> stepsAfter(Instant now, LocalDate due, boolean report) {
        return steps(due, report).stream().filter(step -> step.at().isAfter(now)).toList();
    }

    /** Every step for this due date, in time order; overdue notices only for a report. */
    public List<PlannedStep> steps(LocalDate due, boolean report) {
        Map<Instant, PlannedStep> byMoment = new LinkedHashMap<>();
        for (int days : daysBefore) {
            Instant at = at(WorkingDays.onOrBefore(due.minusDays(days)));
            byMoment.put(at, new PlannedStep(Steps.before(days), at, true));
        }
        if (report) {
            LocalDate first = WorkingDays.after(due);
            for (int n = 1; n <= overdueNotices; n++) {
                LocalDate day = n == 1 ? first
                        : maxOf(WorkingDays.onOrBefore(first.plusDays((long) (n - 1) * overdueIntervalDays)), first);
                Instant at = at(day);
                byMoment.put(at, new PlannedStep(Steps.overdue(n), at, false));
            }
        }
        List<PlannedStep> steps = new ArrayList<>(byMoment.values());
        steps.sort(Comparator.comparing(PlannedStep::at));
        return steps;
    }

    /** The moment a step planned for this day goes out. */
    public Instant at(LocalDate day) {
        return day.atTime(sendAt).atZone(zone).toInstant();
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
