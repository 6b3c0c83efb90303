package nl.sto.notification.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dutch working days: Monday to Friday, except the public holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DutchHolidays.isHoliday(day);
    }

    /** The day itself when it is a working day, otherwise the working day before it. */
    public static LocalDate onOrBefore(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The first working day after {@code day}. */
    public static LocalDate after(LocalDate day) {
        LocalDate candidate = day.plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
