package nl.sto.notification.schedule;

/** The names of the messages a reminder can be, as stored, shown and published. */
public final class Steps {

    public static final String ANNOUNCEMENT = "announcement";
    public static final String DUE_DAY = "due-day";
    public static final String DATE_MOVED = "date-moved";
    private static final String BEFORE = "before-";
    private static final String OVERDUE = "overdue-";
    private static final String RETURNED = "returned-";
    private static final String CALENDAR_CANCEL = "calendar-cancel-";

    private Steps() {
    }

    public static String before(int days) {
        return days == 0 ? DUE_DAY : BEFORE + days + "d";
    }

    public static String overdue(int number) {
        return OVERDUE + number;
    }

    /** The message that asks for version {@code version + 1} after version {@code version} was returned. */
    public static String returned(int version) {
        return RETURNED + version;
    }

    /** The calendar cancel sent with this calendar sequence. */
    public static String calendarCancel(int sequence) {
        return CALENDAR_CANCEL + sequence;
    }

    /** The template a step is written with: its name without the number that makes it unique. */
    public static String template(String step) {
        if (step.startsWith(BEFORE)) {
            return "before";
        }
        if (step.startsWith(OVERDUE)) {
            return "overdue";
        }
        if (step.startsWith(RETURNED)) {
            return "returned";
        }
        if (step.startsWith(CALENDAR_CANCEL)) {
            return "calendar-cancel";
        }
        return step;
    }

    /** Whether the message cancels the recipient's calendar entry instead of adding or updating it. */
    public static boolean cancelsCalendar(String step) {
        return step.startsWith(CALENDAR_CANCEL);
    }
}
