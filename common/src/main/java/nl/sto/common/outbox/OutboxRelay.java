package nl.sto.common.outbox;

import java.util.ArrayList;
import java.util.List;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows in the order they were written and marks them sent. One relay at a time works on a
 * database (a transaction-scoped advisory lock), so several replicas never publish the same row twice nor out of
 * order. When Kafka is away a round fails, the rows stay unsent, and a later round sends them.
 * Rounds run on a Vert.x timer rather than the scheduler because the relay's latency is the events' latency,
 * and the scheduler does not go below one second.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by all replicas of a service; each service has its own database. */
    private static final long RELAY_LOCK = 0x5354_4f52_454cL;

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private final Duration interval;
    private final AtomicBoolean roundRunning = new AtomicBoolean();
    private long timerId = -1;

    OutboxRelay(Pool pool, OutboxPublisher publisher, @ConfigProperty(name = "sto.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "sto.outbox.relay-interval") Duration interval) {
        this.pool = pool;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    void start(@Observes StartupEvent startup, Vertx vertx) {
        timerId = vertx.setPeriodic(Duration.ofSeconds(1).toMillis(), interval.toMillis(), id -> relayRound());
    }

    void stop(@Observes ShutdownEvent shutdown, Vertx vertx) {
        vertx.cancelTimer(timerId);
    }

    /** A round that finds the previous one still busy (a slow broker) is skipped, not queued. */
    private void relayRound() {
        if (!roundRunning.compareAndSet(false, true)) {
            return;
        }
        relayPending()
                .onTermination().invoke(() -> roundRunning.set(false))
                .subscribe().with(sent -> { }, e -> LOG.warnf("Outbox relay round failed, will retry: %s",
                        e.getMessage()));
    }

    /** Publishes everything that is pending, batch after batch; returns how many events were published. */
    public Uni<Integer> relayPending() {
        return relayBatch().flatMap(sent -> sent < batchSize
                ? Uni.createFrom().item(sent)
                : relayPending().map(more -> sent + more));
    }

    private Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> tryLock(connection)
                .flatMap(locked -> locked ? publishBatch(connection) : Uni.createFrom().item(0)));
    }

    private Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                .execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean("locked"));
    }

    private Uni<Integer> publishBatch(SqlConnection connection) {
        return connection.preparedQuery("""
                SELECT seq, id, topic, event_key, type, source, subject, payload, created_at
                FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT $1""")
                .execute(Tuple.of(batchSize))
                .map(rows -> {
                    List<PendingEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(PendingEvent.from(row)));
                    return events;
                })
                .call(publisher::publishAll)
                .call(events -> markSent(connection, events))
                .map(List::size);
    }

    private Uni<Void> markSent(SqlConnection connection, List<PendingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] seqs = events.stream().map(PendingEvent::seq).toArray(Long[]::new);
        return connection.preparedQuery("UPDATE outbox_event SET sent_at = now() WHERE seq = ANY($1)")
                .execute(Tuple.of(seqs))
                .replaceWithVoid();
    }
}
