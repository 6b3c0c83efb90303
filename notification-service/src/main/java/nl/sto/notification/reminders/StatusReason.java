package nl.sto.notification.reminders;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a reminder was cancelled or skipped, when the service itself decided it: the English text it keeps with the
 * reminder (and that API users read), and a stable code a client words in its own language. A failed delivery's reason
 * is the mail server's own answer and has no code.
 */
public enum StatusReason {
    REPORT_SUBMITTED("report-submitted", "the report was submitted"),
    PARTICIPATION_ENDED("participation-ended", "the region's participation ended"),
    CONTACT_CHANGED("contact-changed", "the contact was removed or changed address"),
    OVERTAKEN("overtaken", "its moment passed while nothing was sent; a later reminder goes instead"),
    PAST_DUE("past-due", "its moment passed while nothing was sent, and the due date has passed too");

    private final String code;
    private final String text;

    StatusReason(String code, String text) {
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The reason a kept text stands for; empty for a text of the mail server's. */
    public static Optional<StatusReason> of(String text) {
        return Arrays.stream(values()).filter(r -> r.text.equals(text)).findFirst();
    }
}
