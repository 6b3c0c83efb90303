package nl.sto.notification.schedule;

import java.time.Instant;

/**
 * One message of an obligation's schedule: its step name, when it goes out, and whether it is only of use before the
 * due date has passed.
 */
public record PlannedStep(String step, Instant at, boolean beforeDue) {
}
