package nl.sto.contracts.notifications;

import java.time.OffsetDateTime;

/**
 * {@code nl.sto.reminder.cancelled.v1} on {@code sto.notifications.v1}: a planned reminder will not be sent, because
 * {@code reason}: the report was submitted, the deadline moved (its steps were planned again), the obligation was
 * withdrawn or the contact left. Subject: the region.
 */
public record ReminderCancelled(String reminderId, String regionCode, String obligationId, String step,
        String contactId, String reason, OffsetDateTime cancelledAt) {
}
