package nl.sto.monitor.webhooks;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import nl.sto.monitor.events.LoggedEvent;

/**
 * A filter of the CloudEvents Subscriptions API, on the attributes {@code type}, {@code subject} and {@code region}
 * (the region is the events' subject). {@code exact}, {@code prefix} and {@code suffix} pass an event whose every
 * named attribute matches; {@code all} passes what every filter passes (none: every event), {@code any} what one of
 * them passes (none: no event), {@code not} what its filter does not. Read by {@link EventFilters}.
 */
public sealed interface EventFilter {

    EventFilter EVERY_EVENT = new All(List.of());

    boolean matches(LoggedEvent event);

    /** An attribute's value, or null when the event has none (an event without subject matches no subject). */
    static String attribute(LoggedEvent event, String name) {
        return "type".equals(name) ? event.type() : event.subject();
    }

    private static boolean eachAttribute(Map<String, String> values, LoggedEvent event,
            BiPredicate<String, String> test) {
        return values.entrySet().stream().allMatch(entry -> {
            String actual = attribute(event, entry.getKey());
            return actual != null && test.test(actual, entry.getValue());
        });
    }

    record Exact(Map<String, String> values) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return eachAttribute(values, event, String::equals);
        }
    }

    record Prefix(Map<String, String> values) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return eachAttribute(values, event, String::startsWith);
        }
    }

    record Suffix(Map<String, String> values) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return eachAttribute(values, event, String::endsWith);
        }
    }

    record All(List<EventFilter> filters) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return filters.stream().allMatch(filter -> filter.matches(event));
        }
    }

    record Any(List<EventFilter> filters) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return filters.stream().anyMatch(filter -> filter.matches(event));
        }
    }

    record Not(EventFilter filter) implements EventFilter {
        @Override
        public boolean matches(LoggedEvent event) {
            return !filter.matches(event);
        }
    }
}
