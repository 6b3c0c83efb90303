package nl.sto.contracts.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code nl.sto.reminder.sent.v1} on {@code sto.notifications.v1}: the SMTP server accepted reminder
 * {@code reminderId} (step {@code step}, e.g. {@code announcement}, {@code before-14d}, {@code overdue-1},
 * {@code date-moved}) for one obligation, to one contact of the region, written against the deadline {@code dueDate}
 * of regulation version {@code deadlineVersion}. Subject: the region.
 */
public record ReminderSent(String reminderId, String regionCode, String obligationId, String regulationId,
        String kind, String step, String contactId, String language, LocalDate dueDate, int deadlineVersion,
        OffsetDateTime sentAt) {
}
