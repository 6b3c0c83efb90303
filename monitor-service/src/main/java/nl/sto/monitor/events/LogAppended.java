package nl.sto.monitor.events;

/**
 * Announced (a CDI event) each time this replica's tail has read new events of the log, up to position {@code upTo}:
 * whoever delivers the log elsewhere listens for it instead of polling the database.
 */
public record LogAppended(long upTo) {
}
