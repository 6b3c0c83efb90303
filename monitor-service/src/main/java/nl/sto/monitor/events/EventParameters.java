package nl.sto.monitor.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

/**
 * The parameters of the event log's API, checked before they reach a query: each one that is wrong is a 400 naming
 * it. Numbers and times are taken as text, so that {@code after=abc} is a 400 too, not the 404 of a parameter that
 * cannot be converted.
 */
final class EventParameters {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    static final String LAST_EVENT_ID = "Last-Event-ID";

    /** A CloudEvent type such as {@code nl.sto.report.submitted.v1}; ending in {@code *} it is a prefix. */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Pattern REGION = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final int MAX_VALUES = 50;
    /** PostgreSQL's timestamps end long after this; a year beyond it is a typing error, not a wish. */
    private static final int LAST_YEAR = 9999;

    private EventParameters() {
    }

    static EventQuery query(String since, List<String> types, List<String> regions) {
        List<String> typeValues = values("type", types);
        Set<String> exact = typeValues.stream().filter(type -> !type.endsWith("*"))
                .map(EventParameters::type).collect(Collectors.toSet());
        Set<String> prefixes = typeValues.stream().filter(type -> type.endsWith("*"))
                .map(type -> typePrefix(type.substring(0, type.length() - 1))).collect(Collectors.toSet());
        Set<String> regionCodes = values("region", regions).stream().map(EventParameters::region)
                .collect(Collectors.toSet());
        return new EventQuery(since(since), exact, prefixes, regionCodes);
    }

    /** A position of the log: {@code after}, or the stream's {@code Last-Event-ID}; empty when left out. */
    static OptionalLong position(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return OptionalLong.of(position);
            }
        } catch (NumberFormatException e) {
            // Answered below, as every other position that is not one.
        }
        throw ProblemException.badRequest(name, "must be a position of the log: a whole number from 0");
    }

    /** Whether the newest events are asked for rather than the oldest: {@code true} or {@code false}. */
    static boolean newest(String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("newest", "must be true or false");
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Answered below, as every other limit out of range.
        }
        throw ProblemException.badRequest("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime since = OffsetDateTime.parse(value.strip());
            if (since.getYear() >= 1 && since.getYear() <= LAST_YEAR) {
                return since;
            }
        } catch (DateTimeParseException e) {
            // Answered below, as every other time that is not one.
        }
        throw ProblemException.badRequest("since", "must be an ISO-8601 time with its offset, like "
                + "2024-03-01T09:00:00Z or 2024-03-01T10:00:00%2B01:00 (a + written as %2B)");
    }

    private static String type(String type) {
        if (!TYPE.matcher(type).matches()) {
            throw ProblemException.badRequest("type", "must be an event type such as nl.sto.report.submitted.v1, "
                    + "or a prefix of one followed by *, such as nl.sto.report.*");
        }
        return type;
    }

    /** A prefix may be empty: {@code type=*} passes every type. */
    private static String typePrefix(String prefix) {
        return prefix.isEmpty() ? prefix : type(prefix);
    }

    private static String region(String region) {
        if (!REGION.matcher(region).matches()) {
            throw ProblemException.badRequest("region", "must be a region code: 2 to 20 capitals, digits or dashes");
        }
        return region;
    }

    /** The values given; a blank one ({@code type=}) counts as left out, as blank numbers and times do. */
    private static List<String> values(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw ProblemException.badRequest(name, FieldErrorCode.TOO_LONG,
                    "may be given at most " + MAX_VALUES + " times");
        }
        return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
