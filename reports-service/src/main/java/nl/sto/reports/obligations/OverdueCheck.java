package nl.sto.reports.obligations;

import java.time.Clock;
import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.reports.ObligationOverdue;

import org.jboss.logging.Logger;

/**
 * Marks report obligations whose due date passed without a report as overdue, with one
 * {@code obligation.overdue} event each. The update only takes rows that are still OPEN, and PostgreSQL re-checks
 * that condition for a row another replica updated meanwhile, so with several replicas each obligation becomes
 * overdue once. The JSON built here is {@link ObligationOverdue}.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private static final String MARK_OVERDUE = """
            WITH overdue AS (
                UPDATE obligation o SET status = 'OVERDUE', overdue_for = o.due_date
                FROM obligation_kind k
                WHERE k.regulation_id = o.regulation_id AND k.code = o.kind AND k.report
                  AND o.status = 'OPEN' AND o.due_date < CAST(:today AS date)
                RETURNING o.id, o.region_code, o.regulation_id, o.kind, o.due_date
            )
            INSERT INTO outbox_event (id, topic, event_key, type, source, subject, payload, created_at)
            SELECT gen_random_uuid(), CAST(:topic AS varchar), region_code, CAST(:type AS varchar),
                   CAST(:source AS varchar), region_code,
                   CAST(json_build_object('obligationId', id, 'regionCode', region_code, 'regulationId', regulation_id,
                       'kind', kind,
                       'dueDate', due_date) AS text),
                   now()
            FROM overdue ORDER BY region_code, due_date""";

    private static final String END_SPENDING_PERIODS = """
            UPDATE obligation o SET status = 'ENDED'
            FROM obligation_kind k
            WHERE k.regulation_id = o.regulation_id AND k.code = o.kind AND NOT k.report
              AND o.status = 'OPEN' AND o.due_date < CAST(:today AS date)""";

    private final Outbox outbox;
    private final Clock clock;

    public OverdueCheck(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${sto.obligations.overdue-check}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(marked -> {
            if (marked > 0) {
                LOG.infof("%d obligations became overdue", marked);
            }
        }).onFailure().invoke(e -> LOG.warnf("Overdue check failed, the next one tries again: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** How many report obligations became overdue in this run. */
    @WithTransaction
    public Uni<Integer> run() {
        LocalDate today = LocalDate.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(END_SPENDING_PERIODS)
                .setParameter("today", today)
                .executeUpdate()
                .flatMap(ended -> session.createNativeQuery(MARK_OVERDUE)
                        .setParameter("today", today)
                        .setParameter("topic", Topics.REPORTS)
                        .setParameter("type", EventTypes.OBLIGATION_OVERDUE)
                        .setParameter("source", outbox.source())
                        .executeUpdate()));
    }
}
