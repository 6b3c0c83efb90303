package nl.sto.monitor.compliance;

import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Map;

import nl.sto.common.inbox.InboundEvent;
import nl.sto.common.inbox.PoisonEventException;

/**
 * What one event says about one thing (an obligation, a reminder, a region's grant), as a row or the parameters of
 * a statement: only the columns the event knows, the others left out (null). A value the tables cannot take (one
 * missing, too long, out of range) makes the event poison, so that it goes to the dead letters at once instead of
 * failing the statement again and again.
 */
final class FactRow {

    /** As the tables' columns and checks. */
    private static final int MAX_KEY = 200;
    private static final int MAX_REGION = 20;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    private final InboundEvent event;
    private final Map<String, Object> columns = new HashMap<>();

    private FactRow(InboundEvent event) {
        this.event = event;
    }

    static FactRow of(InboundEvent event) {
        return new FactRow(event);
    }

    /** A value without which the row means nothing: its key, the date it is about. */
    FactRow required(String column, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw poison(column + " is missing");
        }
        if (value instanceof String text && text.length() > MAX_KEY) {
            throw poison(column + " is longer than " + MAX_KEY + " characters");
        }
        return with(column, value);
    }

    /** A region code, as the tables keep it. */
    FactRow region(String column, String code) {
        if (code != null && code.length() > MAX_REGION) {
            throw poison(column + " is longer than " + MAX_REGION + " characters");
        }
        return required(column, code);
    }

    /** A version of a regulation or a report: counted from 1. */
    FactRow version(String column, int version) {
        if (version < 1) {
            throw poison(column + " is " + version + ", not a version (1 or more)");
        }
        columns.put(column, version);
        return this;
    }

    /** A year of the programme's grants; one far outside it is a producer's mistake. */
    FactRow year(String column, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw poison(column + " is " + year + ", not between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        columns.put(column, year);
        return this;
    }

    FactRow with(String column, Object value) {
        columns.put(column, value);
        return this;
    }

    /** As the parameters of a statement. */
    Map<String, Object> columns() {
        return columns;
    }

    /** As a row of a JSON array: dates and times as ISO-8601 text, read back by the statement's column types. */
    Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>();
        columns.forEach((column, value) -> row.put(column, value instanceof Temporal ? value.toString() : value));
        return row;
    }

    PoisonEventException poison(String reason) {
        return new PoisonEventException("Event " + event.id() + " of type " + event.type() + ": " + reason);
    }
}
