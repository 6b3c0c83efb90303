package nl.sto.monitor.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the log in position order. Positions become visible strictly in order (see {@link EventLogAppender}), so
 * whatever a read finds up to a position is all the log will ever hold up to there: a reader continues after the
 * last position it looked at and misses nothing. Reads go straight to the pool, outside any transaction; the live
 * stream reads from places where no Hibernate session is at hand.
 */
@ApplicationScoped
public class EventLogReader {

    private static final String HEAD = "SELECT COALESCE(max(position), 0) AS head FROM event_log";

    private static final String READ = """
            SELECT position, event_id, type, source, subject, time, CAST(data AS text) AS data
            FROM event_log
            WHERE position > $1 AND position <= $2
              AND (CAST($3 AS timestamptz) IS NULL OR time >= $3)
              AND (cardinality(CAST($4 AS text[])) + cardinality(CAST($5 AS text[])) = 0 OR type = ANY($4)
                   OR EXISTS (SELECT 1 FROM unnest(CAST($5 AS text[])) AS p(prefix) WHERE starts_with(type, p.prefix)))
              AND (cardinality(CAST($6 AS text[])) = 0 OR subject = ANY($6))
            ORDER BY position %s
            LIMIT $7""";
    private static final String OLDEST = READ.formatted("ASC");
    private static final String NEWEST = READ.formatted("DESC");

    private static final String AT = """
            SELECT position, event_id, type, source, subject, time, CAST(data AS text) AS data
            FROM event_log WHERE position = ANY($1) ORDER BY position""";

    private final Pool pool;

    EventLogReader(Pool pool) {
        this.pool = pool;
    }

    /** The highest position of the log, 0 while it is empty. */
    public Uni<Long> head() {
        return pool.query(HEAD).execute().map(rows -> rows.iterator().next().getLong("head"));
    }

    /** Up to {@code limit} events after {@code after} and up to {@code upTo} that the query passes, in log order. */
    public Uni<List<LoggedEvent>> read(EventQuery query, long after, long upTo, int limit) {
        return pool.preparedQuery(OLDEST).execute(parameters(query, after, upTo, limit)).map(EventLogReader::events);
    }

    /** As {@link #read}, the last {@code limit} of them instead of the first, still in log order. */
    public Uni<List<LoggedEvent>> readNewest(EventQuery query, long after, long upTo, int limit) {
        return pool.preparedQuery(NEWEST).execute(parameters(query, after, upTo, limit))
                .map(EventLogReader::events).invoke(Collections::reverse);
    }

    private static Tuple parameters(EventQuery query, long after, long upTo, int limit) {
        return Tuple.tuple().addLong(after).addLong(upTo).addValue(query.since())
                .addArrayOfString(query.types().toArray(String[]::new))
                .addArrayOfString(query.typePrefixes().toArray(String[]::new))
                .addArrayOfString(query.regions().toArray(String[]::new))
                .addInteger(limit);
    }

    /** The events at the given positions, in log order. */
    public Uni<List<LoggedEvent>> at(Collection<Long> positions) {
        return pool.preparedQuery(AT).execute(Tuple.of(positions.toArray(Long[]::new))).map(EventLogReader::events);
    }

    /** As {@link #read}, with how far the stretch up to {@code upTo} has been looked through. */
    public Uni<EventLogPage> page(EventQuery query, long after, long upTo, int limit) {
        return read(query, after, upTo, limit).map(events -> new EventLogPage(events,
                events.size() < limit ? upTo : events.get(events.size() - 1).position()));
    }

    private static List<LoggedEvent> events(RowSet<Row> rows) {
        List<LoggedEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(LoggedEvent.of(row.getLong("position"), row.getString("event_id"), row.getString("type"),
                    row.getString("source"), row.getString("subject"), row.getOffsetDateTime("time"),
                    row.getString("data")));
        }
        return events;
    }
}
