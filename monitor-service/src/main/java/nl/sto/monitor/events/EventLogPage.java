package nl.sto.monitor.events;

import java.util.List;

/**
 * The events of a stretch of the log that a query passes, and how far the stretch was looked through: a reader
 * continues after {@code scannedTo}, not after its last event, so that the events its query passes over are not
 * read again.
 */
public record EventLogPage(List<LoggedEvent> events, long scannedTo) {
}
