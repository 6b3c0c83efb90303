package nl.sto.contracts.notifications;

import java.time.OffsetDateTime;

/**
 * {@code nl.sto.reminder.failed.v1} on {@code sto.notifications.v1}: reminder {@code reminderId} will not be delivered
 * unless the ministry resends it. {@code status} is {@code permanent-failure} (the server refused it, or the address is
 * invalid) or {@code technical-failure} (temporary failures went on for longer than retries last); {@code reason} says
 * what happened. Subject: the region.
 */
public record ReminderFailed(String reminderId, String regionCode, String obligationId, String regulationId,
        String kind, String step, String contactId, String status, String reason, int attempts,
        OffsetDateTime failedAt) {
}
