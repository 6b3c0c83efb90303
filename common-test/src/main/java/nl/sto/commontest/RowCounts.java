package nl.sto.commontest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many rows each of the service's tables holds, the outbox included, read in one query: a request that must
 * change nothing leaves every count as it was.
 */
final class RowCounts {

    private static final String OUTBOX = "outbox_event";

    private final String sql;
    private final Object[] parameters;

    /**
     * @param ignoredTables         tables that background work changes by itself
     * @param backgroundEventTypes  outbox event types that background work writes by itself
     */
    RowCounts(Set<String> ignoredTables, Set<String> backgroundEventTypes) {
        List<String> tables = Database.tables().stream().filter(t -> !ignoredTables.contains(t)).toList();
        String excluded = backgroundEventTypes.isEmpty() ? ""
                : " WHERE type NOT IN (" + String.join(", ", Collections.nCopies(backgroundEventTypes.size(), "?"))
                        + ")";
        this.sql = tables.stream()
                .map(t -> "SELECT '" + t + "', count(*) FROM \"" + t + "\"" + (t.equals(OUTBOX) ? excluded : ""))
                .collect(Collectors.joining(" UNION ALL "));
        this.parameters = tables.contains(OUTBOX) ? backgroundEventTypes.toArray() : new Object[0];
    }

    Map<String, Long> now() {
        return Database.counts(sql, parameters);
    }

    /** Each table whose count changed, e.g. {@code region +1}. */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, count) -> {
            long difference = count - before.getOrDefault(table, 0L);
            if (difference != 0) {
                changes.add(table + (difference > 0 ? " +" : " ") + difference);
            }
        });
        return changes;
    }
}
