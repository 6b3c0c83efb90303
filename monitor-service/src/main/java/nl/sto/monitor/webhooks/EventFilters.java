package nl.sto.monitor.webhooks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sto.common.input.CleanText;
import nl.sto.common.problem.Problem.FieldError;

/**
 * Reads the {@code filters} of a subscription (an array of CloudEvents subscription filters, all of which an event must
 * pass) into an {@link EventFilter}. Everything wrong is named by its path, such as
 * {@code filters[1].any[0].exact.kind}, so that a client fixes it in one go.
 */
public final class EventFilters {

    static final Set<String> ATTRIBUTES = Set.of("type", "subject", "region");
    private static final String DIALECTS = "exact, prefix, suffix, all, any or not";
    private static final int MAX_VALUE = 200;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FILTERS = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    private EventFilters() {
    }

    /** The filter of the array, or the errors: each with its path. An absent or empty array passes every event. */
    public static Parsed parse(List<JsonNode> filters) {
        EventFilters parser = new EventFilters();
        EventFilter filter = filters == null ? EventFilter.EVERY_EVENT
                : new EventFilter.All(parser.list("filters", filters.iterator(), 0));
        return new Parsed(parser.errors.isEmpty() ? filter : null, List.copyOf(parser.errors));
    }

    /** Stored filters, which were checked when they were given. */
    public static EventFilter of(JsonNode stored) {
        List<JsonNode> filters = new ArrayList<>();
        stored.forEach(filters::add);
        Parsed parsed = parse(filters);
        if (!parsed.errors().isEmpty()) {
            throw new IllegalStateException("Stored filters do not parse: " + parsed.errors());
        }
        return parsed.filter();
    }

    public record Parsed(EventFilter filter, List<FieldError> errors) {
    }

    private List<EventFilter> list(String path, Iterator<JsonNode> nodes, int depth) {
        List<EventFilter> filters = new ArrayList<>();
        for (int i = 0; nodes.hasNext(); i++) {
            JsonNode node = nodes.next();
            EventFilter filter = filter(path + "[" + i + "]", node, depth);
            if (filter != null) {
                filters.add(filter);
            }
        }
        return filters;
    }

    private EventFilter filter(String path, JsonNode node, int depth) {
        if (++count > MAX_FILTERS || depth > MAX_DEPTH) {
            return refuse(path, "filters may hold at most " + MAX_FILTERS + " filters, nested at most " + MAX_DEPTH
                    + " deep");
        }
        if (node == null || !node.isObject() || node.size() != 1) {
            return refuse(path, "must be an object with one dialect: " + DIALECTS);
        }
        Map.Entry<String, JsonNode> dialect = node.fields().next();
        String at = path + "." + dialect.getKey();
        JsonNode value = dialect.getValue();
        return switch (dialect.getKey()) {
            case "exact" -> attributes(at, value, EventFilter.Exact::new);
            case "prefix" -> attributes(at, value, EventFilter.Prefix::new);
            case "suffix" -> attributes(at, value, EventFilter.Suffix::new);
            case "all" -> value.isArray() ? new EventFilter.All(list(at, value.elements(), depth + 1))
                    : refuse(at, "must be an array of filters");
            case "any" -> value.isArray() ? new EventFilter.Any(list(at, value.elements(), depth + 1))
                    : refuse(at, "must be an array of filters");
            case "not" -> not(at, value, depth);
            default -> refuse(path + "." + dialect.getKey(), "is not a filter dialect; the dialects are " + DIALECTS);
        };
    }

    private EventFilter not(String path, JsonNode value, int depth) {
        EventFilter inner = filter(path, value, depth + 1);
        return inner == null ? null : new EventFilter.Not(inner);
    }

    private EventFilter attributes(String path, JsonNode value, Function<Map<String, String>, EventFilter> make) {
        if (!value.isObject() || value.isEmpty()) {
            return refuse(path, "must be an object of at least one attribute (type, subject or region) and its value");
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean valid = true;
        for (Iterator<Map.Entry<String, JsonNode>> each = value.fields(); each.hasNext();) {
            Map.Entry<String, JsonNode> attribute = each.next();
            String at = path + "." + attribute.getKey();
            String problem = problem(attribute.getKey(), attribute.getValue());
            if (problem != null) {
                refuse(at, problem);
                valid = false;
            } else {
                values.put(attribute.getKey(), attribute.getValue().textValue());
            }
        }
        return valid ? make.apply(Map.copyOf(values)) : null;
    }

    private static String problem(String attribute, JsonNode value) {
        if (!ATTRIBUTES.contains(attribute)) {
            return "is not an attribute a filter can test; those are type, subject and region";
        }
        if (!value.isTextual() || value.textValue().isEmpty() || value.textValue().length() > MAX_VALUE) {
            return "must be a text of 1 to " + MAX_VALUE + " characters";
        }
        return CleanText.problem(value.textValue()).orElse(null);
    }

    private EventFilter refuse(String path, String message) {
        errors.add(new FieldError(path, message));
        return null;
    }
}
