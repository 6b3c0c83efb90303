package nl.sto.notification.reminders;

import java.util.Arrays;
import java.util.Locale;

/** Where a reminder is on its way to the recipient. */
public enum ReminderStatus {
    SCHEDULED,
    /** Claimed by a dispatcher that is handing it to the SMTP server. */
    SENDING,
    SENT,
    /** The server could not take it now (4xx, connection lost): tried again with backoff. */
    TEMPORARY_FAILURE,
    /** The server refused it for good (5xx) or the address is invalid: shown, never retried by itself. */
    PERMANENT_FAILURE,
    /** Temporary failures went on for longer than retries last. */
    TECHNICAL_FAILURE,
    CANCELLED,
    /** Its moment passed while nothing was sent, and it was no longer of use. */
    SKIPPED;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean failed() {
        return this == PERMANENT_FAILURE || this == TECHNICAL_FAILURE;
    }

    public static ReminderStatus of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown reminder status " + value));
    }
}
