package nl.sto.notification.reminders;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a reminder was cancelled, skipped or not sent, when the service itself decided it: the English text it keeps with
 * the reminder (and that API users read; an invalid address follows it after a colon), and a stable code a client
 * words in its own language. A failed delivery's reason that is the mail server's own answer has no code.
 */
public enum StatusReason {
    REPORT_SUBMITTED("report-submitted", "the report was submitted"),
    PARTICIPATION_ENDED("participation-ended", "the region's participation ended"),
    CONTACT_CHANGED("contact-changed", "the contact was removed or changed address"),
    OVERTAKEN("overtaken", "its moment passed while nothing was sent; a later reminder goes instead"),
    PAST_DUE("past-due", "its moment passed while nothing was sent, and the due date has passed too"),
    INVALID_ADDRESS("invalid-address", "invalid address"),
    SERVER_SILENT("server-silent",
            "not handed over: the mail server left other messages unanswered; tried again later");

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

    /** This reason with what it concerns, as kept: "invalid address: nobody@localhost". */
    public String about(String subject) {
        return text + ": " + subject;
    }

    /** The reason a kept text stands for; empty for a text of the mail server's. */
    public static Optional<StatusReason> of(String text) {
        return Arrays.stream(values())
                .filter(r -> r.text.equals(text) || text != null && text.startsWith(r.text + ": "))
                .findFirst();
    }
}
