package nl.sto.monitor.events;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What one subscriber of the live stream is sent: every event after its starting position that its query passes,
 * in log order, each once. {@code delivered} is the position up to which it has been served, the events its query
 * passes over included. Events come from the log (at the start, and to fill a gap) or from the tail's broadcast; a
 * broadcast event further on than the next position means that some were handed out before this subscriber
 * listened, and those are read from the log first. Its steps run one after another, never side by side (see
 * {@link EventStream}), so its positions need no lock; they are volatile, as the steps run on different threads.
 */
final class EventFeed {

    private static final int PAGE = 500;

    private final EventLogReader log;
    private final EventRenderer renderer;
    private final EventQuery query;
    private volatile long delivered;
    private volatile long handedOutAtLastHeartbeat = -1;

    EventFeed(EventLogReader log, EventRenderer renderer, EventQuery query, long after) {
        this.log = log;
        this.renderer = renderer;
        this.query = query;
        this.delivered = after;
    }

    long delivered() {
        return delivered;
    }

    /** Everything the log holds now after what was delivered. */
    Multi<RenderedEvent> catchUp() {
        return log.head().onItem().transformToMulti(this::catchUp);
    }

    /** Everything the log holds after what was delivered, up to {@code upTo}, read a page at a time. */
    Multi<RenderedEvent> catchUp(long upTo) {
        return Multi.createFrom().deferred(() -> upTo <= delivered ? Multi.createFrom().empty() : pagesUpTo(upTo));
    }

    /** A broadcast run of events: each passed on once, after any that this subscriber has not had yet. */
    Multi<RenderedEvent> received(List<RenderedEvent> events) {
        return Multi.createBy().concatenating().streams(catchUp(events.get(0).position() - 1),
                Multi.createFrom().deferred(() -> Multi.createFrom().iterable(passOn(events))));
    }

    /**
     * The last resort should an event slip between the tail and this subscriber (handed out just before it listened,
     * and no later event yet to show the gap): what the tail had handed out by the previous heartbeat and this
     * subscriber still has not had is read from the log. Normally it has had all of it, and nothing is read.
     */
    Multi<RenderedEvent> heartbeat(long handedOutNow) {
        long due = handedOutAtLastHeartbeat;
        handedOutAtLastHeartbeat = handedOutNow;
        return catchUp(due);
    }

    private Multi<RenderedEvent> pagesUpTo(long upTo) {
        return Multi.createBy().repeating().uni(() -> nextPage(upTo)).whilst(page -> page.scannedTo() < upTo)
                .onItem().transformToIterable(EventLogPage::events)
                .map(renderer::render);
    }

    private Uni<EventLogPage> nextPage(long upTo) {
        return log.page(query, delivered, upTo, PAGE).invoke(page -> delivered = page.scannedTo());
    }

    private List<RenderedEvent> passOn(List<RenderedEvent> events) {
        List<RenderedEvent> passed = new ArrayList<>();
        for (RenderedEvent event : events) {
            if (event.position() > delivered) {
                delivered = event.position();
                if (query.matches(event.event())) {
                    passed.add(event);
                }
            }
        }
        return passed;
    }
}
