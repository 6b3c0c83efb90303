package nl.sto.notification.sending;

import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.TrackedObligation;

/** A claimed reminder with what its message is written from: the obligation, and the names of contact and region. */
public record Outgoing(Reminder reminder, TrackedObligation obligation, String contactName, String regionName) {
}
