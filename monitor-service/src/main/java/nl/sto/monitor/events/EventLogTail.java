package nl.sto.monitor.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import nl.sto.common.changes.CachedTable;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The end of the log as this replica follows it, for all of its live subscribers at once: one read of the database
 * per append, however many subscribers there are, and the new events handed to each of them from memory. The
 * appending transaction's trigger notifies {@code event_log_appended} at commit, which this replica hears through the
 * connection that listens for every table change ({@code TableChangeListener}); a notification lost with that
 * connection is made good by a slow poll. Reads never overlap (a notification during a read makes another follow),
 * so the events go out once each and in log order, each written as JSON once. They go out as the reads found them,
 * up to a page at a time: an amendment appends tens of thousands at once, and a subscriber handed them one by one
 * would spend its buffer and its time on events its filter passes over. After each read that found new events it
 * announces how far the log reaches ({@link LogAppended}), for the webhooks.
 */
@ApplicationScoped
public class EventLogTail implements CachedTable {

    private static final Logger LOG = Logger.getLogger(EventLogTail.class);
    private static final int PAGE = 500;
    private static final long NOT_YET_READ = -1;

    private final EventLogReader log;
    private final EventRenderer renderer;
    private final Duration safetyPoll;
    private final Event<LogAppended> announcements;
    private final BroadcastProcessor<List<RenderedEvent>> appended = BroadcastProcessor.create();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean readAgain = new AtomicBoolean();
    private volatile long handedOutUpTo = NOT_YET_READ;
    private long timerId;

    EventLogTail(EventLogReader log, EventRenderer renderer,
            @ConfigProperty(name = "sto.event-log.safety-poll") Duration safetyPoll, Event<LogAppended> announcements) {
        this.log = log;
        this.renderer = renderer;
        this.safetyPoll = safetyPoll;
        this.announcements = announcements;
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        timerId = vertx.setPeriodic(safetyPoll.toMillis(), id -> readNew());
        readNew();
    }

    void stop(@Observes ShutdownEvent stopping, Vertx vertx) {
        vertx.cancelTimer(timerId);
        appended.onComplete();
    }

    /**
     * Every event appended from the moment of subscribing, in log order, in the runs that each read found (never
     * empty). Each subscriber has a buffer of its own of {@code capacity} runs: one that falls further behind fails
     * with a {@code BackPressureFailure} instead of holding up the others or growing without bound.
     */
    public Multi<List<RenderedEvent>> appended(int capacity) {
        return appended.onOverflow().buffer(capacity);
    }

    /** The highest position handed to subscribers so far; -1 before the first read. */
    public long handedOutUpTo() {
        return handedOutUpTo;
    }

    @Override
    public String channel() {
        return "event_log_appended";
    }

    /** Notified with the highest position an insert appended. */
    @Override
    public void changed(String position) {
        readNew();
    }

    /** Listening (again): what was appended while nobody listened is read at once. */
    @Override
    public void listening(boolean listening) {
        if (listening) {
            readNew();
        }
    }

    private void readNew() {
        readAgain.set(true);
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        readAgain.set(false);
        readAndHandOut().subscribe().with(this::finished, failure -> {
            LOG.warnf("Cannot read the new events of the log (%s); trying again at the next notification or poll",
                    failure.getMessage());
            reading.set(false);
        });
    }

    /** True when there may be more to read at once: a full page. The first read only learns where the log ends. */
    private Uni<Boolean> readAndHandOut() {
        if (handedOutUpTo == NOT_YET_READ) {
            return log.head().invoke(head -> handedOutUpTo = head).replaceWith(false);
        }
        return log.read(EventQuery.ALL, handedOutUpTo, Long.MAX_VALUE, PAGE).invoke(this::handOut)
                .map(events -> events.size() == PAGE);
    }

    private void handOut(List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        handedOutUpTo = events.get(events.size() - 1).position();
        appended.onNext(events.stream().map(renderer::render).toList());
        announcements.fire(new LogAppended(handedOutUpTo));
    }

    private void finished(boolean more) {
        reading.set(false);
        if (more || readAgain.get()) {
            readNew();
        }
    }
}
