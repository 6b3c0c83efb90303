package nl.sto.monitor.compliance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.db.JsonRows;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.monitor.events.LogProjection;

/**
 * Merges what a poll's events say into the obligations and reminders of the board, set-based: an amendment re-dates
 * tens of thousands of obligations at once. Each statement first folds the rows of one obligation (or reminder) into
 * one, then merges that with the stored row by the same rules, so that any order and any grouping of the same events
 * gives the same row: the highest version's due date, the earliest draft and first submission, the latest submission,
 * the highest versions submitted, returned and accepted.
 */
@ApplicationScoped
public class ObligationProjection implements LogProjection {

    private static final String MERGE_OBLIGATIONS = """
            INSERT INTO compliance_obligation AS o (obligation_id, region_code, regulation_id, kind, kind_name_nl,
                kind_name_en, report, due_date, due_version, due_reason, reported_due_date, draft_started_at,
                first_submitted_at, last_submitted_at, submitted_version, returned_version, returned_at,
                accepted_version, accepted_at)
            SELECT r.obligation_id, min(r.region_code), min(r.regulation_id), min(r.kind), max(r.kind_name_nl),
                   max(r.kind_name_en), bool_or(r.report),
                   (array_agg(r.due_date ORDER BY r.due_version DESC) FILTER (WHERE r.due_version IS NOT NULL))[1],
                   max(r.due_version),
                   (array_agg(r.due_reason ORDER BY r.due_version DESC) FILTER (WHERE r.due_version IS NOT NULL))[1],
                   max(r.reported_due_date), min(r.draft_started_at), min(r.submitted_at), max(r.submitted_at),
                   max(r.submitted_version), max(r.returned_version), max(r.returned_at), max(r.accepted_version),
                   min(r.accepted_at)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json)) AS r(ord integer, obligation_id text,
                 region_code text, regulation_id text, kind text, kind_name_nl text, kind_name_en text, report boolean,
                 due_date date, due_version integer, due_reason text, reported_due_date date,
                 draft_started_at timestamptz, submitted_at timestamptz, submitted_version integer,
                 returned_version integer, returned_at timestamptz, accepted_version integer, accepted_at timestamptz)
            GROUP BY r.obligation_id
            ON CONFLICT (obligation_id) DO UPDATE SET
                kind_name_nl = COALESCE(EXCLUDED.kind_name_nl, o.kind_name_nl),
                kind_name_en = COALESCE(EXCLUDED.kind_name_en, o.kind_name_en),
                report = COALESCE(EXCLUDED.report, o.report),
                due_date = CASE WHEN EXCLUDED.due_version > COALESCE(o.due_version, 0)
                                THEN EXCLUDED.due_date ELSE o.due_date END,
                due_reason = CASE WHEN EXCLUDED.due_version > COALESCE(o.due_version, 0)
                                  THEN EXCLUDED.due_reason ELSE o.due_reason END,
                due_version = GREATEST(o.due_version, EXCLUDED.due_version),
                reported_due_date = GREATEST(o.reported_due_date, EXCLUDED.reported_due_date),
                draft_started_at = LEAST(o.draft_started_at, EXCLUDED.draft_started_at),
                first_submitted_at = LEAST(o.first_submitted_at, EXCLUDED.first_submitted_at),
                last_submitted_at = GREATEST(o.last_submitted_at, EXCLUDED.last_submitted_at),
                submitted_version = GREATEST(o.submitted_version, EXCLUDED.submitted_version),
                returned_version = GREATEST(o.returned_version, EXCLUDED.returned_version),
                returned_at = GREATEST(o.returned_at, EXCLUDED.returned_at),
                accepted_version = GREATEST(o.accepted_version, EXCLUDED.accepted_version),
                accepted_at = LEAST(o.accepted_at, EXCLUDED.accepted_at)""";

    /** A reminder's failure and reason are those of its latest failure. */
    private static final String MERGE_REMINDERS = """
            INSERT INTO compliance_reminder AS m (reminder_id, obligation_id, region_code, sent_at, failed_at, failure,
                failure_reason, cancelled_at)
            SELECT r.reminder_id, min(r.obligation_id), min(r.region_code), max(r.sent_at), max(r.failed_at),
                   (array_agg(r.failure ORDER BY r.failed_at DESC) FILTER (WHERE r.failed_at IS NOT NULL))[1],
                   (array_agg(r.failure_reason ORDER BY r.failed_at DESC) FILTER (WHERE r.failed_at IS NOT NULL))[1],
                   max(r.cancelled_at)
            FROM json_to_recordset(CAST(CAST(:rows AS text) AS json)) AS r(ord integer, reminder_id text,
                 obligation_id text, region_code text, sent_at timestamptz, failed_at timestamptz, failure text,
                 failure_reason text, cancelled_at timestamptz)
            GROUP BY r.reminder_id
            ON CONFLICT (reminder_id) DO UPDATE SET
                sent_at = GREATEST(m.sent_at, EXCLUDED.sent_at),
                failure = CASE WHEN EXCLUDED.failed_at > COALESCE(m.failed_at, '-infinity')
                               THEN EXCLUDED.failure ELSE m.failure END,
                failure_reason = CASE WHEN EXCLUDED.failed_at > COALESCE(m.failed_at, '-infinity')
                                      THEN EXCLUDED.failure_reason ELSE m.failure_reason END,
                failed_at = GREATEST(m.failed_at, EXCLUDED.failed_at),
                cancelled_at = GREATEST(m.cancelled_at, EXCLUDED.cancelled_at)""";

    private final ComplianceFacts facts;
    private final JsonRows rows;

    public ObligationProjection(ComplianceFacts facts, JsonRows rows) {
        this.facts = facts;
        this.rows = rows;
    }

    /** In the inbox's transaction, which records the events as processed in the same commit. */
    @WithTransaction
    public Uni<Void> apply(List<InboundEvent> events) {
        return Uni.createFrom().item(() -> new Facts(facts(events, facts::aboutObligation),
                        facts(events, facts::aboutReminder)))
                .chain(read -> merge(MERGE_OBLIGATIONS, read.obligations())
                        .chain(() -> merge(MERGE_REMINDERS, read.reminders())));
    }

    /** Every event is read before the first write: a poison one goes to the dead letters before anything is merged. */
    private record Facts(List<Map<String, Object>> obligations, List<Map<String, Object>> reminders) {
    }

    private static List<Map<String, Object>> facts(List<InboundEvent> events,
            Function<InboundEvent, Optional<FactRow>> about) {
        return events.stream().map(about).flatMap(Optional::stream).map(FactRow::row).toList();
    }

    private Uni<Void> merge(String statement, List<Map<String, Object>> facts) {
        if (facts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return rows.insert(statement, facts, Function.identity(), Map.of()).replaceWithVoid();
    }
}
