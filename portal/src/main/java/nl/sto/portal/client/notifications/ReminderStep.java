package nl.sto.portal.client.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which message of the reminders a step name stands for, read from notification-service's names:
 * {@code announcement}, {@code before-<days>d}, {@code due-day}, {@code overdue-<n>}, {@code date-moved},
 * {@code returned-<version>}, {@code calendar-cancel-<sequence>}. The pages name it in the person's language
 * ({@code web:reminder_step}); a name the portal does not know yet is shown as it is.
 *
 * @param number the days before the due date, the overdue notice's number, the returned version or the calendar
 *               sequence; 0 for the steps without one
 */
public record ReminderStep(Kind kind, int number, String name) {

    public enum Kind {
        ANNOUNCEMENT, BEFORE, DUE_DAY, OVERDUE, DATE_MOVED, RETURNED, CALENDAR_CANCEL, OTHER
    }

    private static final Pattern BEFORE = Pattern.compile("before-(\\d{1,4})d");
    private static final Pattern NUMBERED = Pattern.compile("(overdue|returned|calendar-cancel)-(\\d{1,4})");

    public static ReminderStep of(String name) {
        String step = name == null ? "" : name;
        switch (step) {
            case "announcement":
                return new ReminderStep(Kind.ANNOUNCEMENT, 0, step);
            case "due-day":
                return new ReminderStep(Kind.DUE_DAY, 0, step);
            case "date-moved":
                return new ReminderStep(Kind.DATE_MOVED, 0, step);
            default:
                break;
        }
        Matcher before = BEFORE.matcher(step);
        if (before.matches()) {
            int days = Integer.parseInt(before.group(1));
            return new ReminderStep(days == 0 ? Kind.DUE_DAY : Kind.BEFORE, days, step);
        }
        Matcher numbered = NUMBERED.matcher(step);
        if (numbered.matches()) {
            Kind kind = switch (numbered.group(1)) {
                case "overdue" -> Kind.OVERDUE;
                case "returned" -> Kind.RETURNED;
                default -> Kind.CALENDAR_CANCEL;
            };
            return new ReminderStep(kind, Integer.parseInt(numbered.group(2)), step);
        }
        return new ReminderStep(Kind.OTHER, 0, step);
    }

    /** A step some whole weeks ahead (56 days: 8 weeks) is said in weeks, others in days. */
    public boolean inWeeks() {
        return kind == Kind.BEFORE && number >= 7 && number % 7 == 0;
    }

    public int weeks() {
        return number / 7;
    }
}
