package nl.sto.monitor.events;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Which events of the log a reader wants: those of {@code since} on (their CloudEvent time), of the given types
 * (exactly, or starting with a prefix: {@code nl.sto.report.*} asks for {@code nl.sto.report.}), of the given regions
 * (the CloudEvent subject). An empty set passes every event.
 */
public record EventQuery(OffsetDateTime since, Set<String> types, Set<String> typePrefixes, Set<String> regions) {

    public static final EventQuery ALL = new EventQuery(null, Set.of(), Set.of(), Set.of());

    public EventQuery {
        types = Set.copyOf(types);
        typePrefixes = Set.copyOf(typePrefixes);
        regions = Set.copyOf(regions);
    }

    public boolean matches(LoggedEvent event) {
        return (since == null || !event.time().isBefore(since)) && ofType(event.type()) && ofRegion(event.subject());
    }

    private boolean ofType(String type) {
        return types.isEmpty() && typePrefixes.isEmpty() || types.contains(type)
                || typePrefixes.stream().anyMatch(type::startsWith);
    }

    private boolean ofRegion(String subject) {
        return regions.isEmpty() || subject != null && regions.contains(subject);
    }
}
