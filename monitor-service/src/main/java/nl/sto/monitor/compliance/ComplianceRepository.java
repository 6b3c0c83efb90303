package nl.sto.monitor.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.regulation.Names;

/** Reads the board's rows straight from the pool: reads only, outside any transaction. */
@ApplicationScoped
public class ComplianceRepository {

    /**
     * The report obligations (a milestone, report false, has no report to judge), with their region and how their
     * reminders went: a reminder stands failed when its last failure came after its last delivery.
     */
    private static final String OBLIGATIONS = """
            SELECT o.*, g.name AS region_name, g.closed_on AS region_closed_on, t.*
            FROM compliance_obligation o
            LEFT JOIN compliance_region g ON g.code = o.region_code
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE m.sent_at IS NOT NULL) AS delivered,
                       count(*) FILTER (WHERE m.failed_at > COALESCE(m.sent_at, '-infinity')) AS failed,
                       max(m.sent_at) AS last_delivered_at,
                       COALESCE(bool_or(m.failure = 'permanent-failure'
                           AND m.failed_at > COALESCE(m.sent_at, '-infinity')), false) AS permanent_failure,
                       max(m.failed_at) FILTER (WHERE m.failure = 'technical-failure'
                           AND m.failed_at > COALESCE(m.sent_at, '-infinity')) AS last_technical_failure_at
                FROM compliance_reminder m WHERE m.obligation_id = o.obligation_id
            ) t
            WHERE o.report IS NOT FALSE
              AND (CAST($1 AS text) IS NULL OR o.region_code = $1)
              AND (CAST($2 AS text) IS NULL OR o.kind = $2)
            ORDER BY o.region_code, COALESCE(o.due_date, o.reported_due_date), o.kind, o.obligation_id""";

    /** Per region: the grants and the confirmed co-financing of the year (every year when it is null). */
    private static final String FUNDING = """
            WITH granted AS (
                SELECT region_code, sum(amount) AS amount FROM compliance_grant
                WHERE (CAST($1 AS integer) IS NULL OR year = $1) AND (CAST($2 AS text) IS NULL OR region_code = $2)
                GROUP BY region_code
            ), confirmed AS (
                SELECT region_code, COALESCE(sum(amount) FILTER (WHERE kind = 'MONEY'), 0) AS money,
                       COALESCE(sum(amount) FILTER (WHERE kind = 'IN_KIND'), 0) AS in_kind, count(*) AS confirmations
                FROM compliance_cofinancing
                WHERE (CAST($1 AS integer) IS NULL OR year = $1) AND (CAST($2 AS text) IS NULL OR region_code = $2)
                GROUP BY region_code
            )
            SELECT COALESCE(gr.region_code, c.region_code) AS region_code, r.name,
                   COALESCE(gr.amount, 0) AS granted, COALESCE(c.money, 0) AS money,
                   COALESCE(c.in_kind, 0) AS in_kind, COALESCE(c.confirmations, 0) AS confirmations
            FROM granted gr
            FULL JOIN confirmed c ON c.region_code = gr.region_code
            LEFT JOIN compliance_region r ON r.code = COALESCE(gr.region_code, c.region_code)
            ORDER BY 1""";

    private static final String REGION_NAME = "SELECT name FROM compliance_region WHERE code = $1";

    private final Pool pool;

    ComplianceRepository(Pool pool) {
        this.pool = pool;
    }

    /** Of one region and one kind, or of all when null. */
    public Uni<List<TrackedObligation>> obligations(String region, String kind) {
        return pool.preparedQuery(OBLIGATIONS).execute(Tuple.of(region, kind))
                .map(rows -> map(rows, ComplianceRepository::obligation));
    }

    public Uni<List<RegionFunding>> funding(Integer year, String region) {
        return pool.preparedQuery(FUNDING).execute(Tuple.of(year, region))
                .map(rows -> map(rows, ComplianceRepository::funding));
    }

    /** Null while the region's registration has not arrived. */
    public Uni<String> regionName(String region) {
        return pool.preparedQuery(REGION_NAME).execute(Tuple.of(region))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("name"));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> mapped = new ArrayList<>(rows.size());
        rows.forEach(row -> mapped.add(mapper.apply(row)));
        return mapped;
    }

    private static TrackedObligation obligation(Row row) {
        String nl = row.getString("kind_name_nl");
        String en = row.getString("kind_name_en");
        return new TrackedObligation(row.getString("obligation_id"), row.getString("region_code"),
                row.getString("region_name"), row.getLocalDate("region_closed_on"), row.getString("regulation_id"),
                row.getString("kind"), nl == null && en == null ? null : new Names(nl, en),
                row.getLocalDate("due_date"), row.getInteger("due_version"), row.getString("due_reason"),
                row.getLocalDate("reported_due_date"), row.getOffsetDateTime("draft_started_at"),
                row.getOffsetDateTime("first_submitted_at"), row.getOffsetDateTime("last_submitted_at"),
                row.getInteger("submitted_version"), row.getInteger("returned_version"),
                row.getOffsetDateTime("returned_at"), row.getInteger("accepted_version"),
                row.getOffsetDateTime("accepted_at"), tally(row));
    }

    private static ReminderTally tally(Row row) {
        return new ReminderTally(row.getLong("delivered"), row.getLong("failed"),
                row.getOffsetDateTime("last_delivered_at"), row.getBoolean("permanent_failure"),
                row.getOffsetDateTime("last_technical_failure_at"));
    }

    private static RegionFunding funding(Row row) {
        return RegionFunding.of(row.getString("region_code"), row.getString("name"), row.getBigDecimal("granted"),
                row.getBigDecimal("money"), row.getBigDecimal("in_kind"), row.getLong("confirmations"));
    }
}
