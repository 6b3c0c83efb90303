package nl.sto.portal.monitor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.sto.portal.client.monitor.MonitorViews.LoggedEvent;

/**
 * The latest events of the log, newest first, at most {@link #SHOWN}: what happened in the programme over the last
 * {@link #WINDOW}. The log gives its newest in log order; the feed turns them around.
 */
public record EventFeed(List<LoggedEvent> events) {

    public static final int SHOWN = 20;
    public static final Duration WINDOW = Duration.ofDays(1);

    public EventFeed {
        events = List.copyOf(events);
    }

    /** The newest {@link #SHOWN} of events read in log order, newest first. */
    public static EventFeed of(List<LoggedEvent> inLogOrder) {
        List<LoggedEvent> newest = new ArrayList<>(
                inLogOrder.subList(Math.max(0, inLogOrder.size() - SHOWN), inLogOrder.size()));
        Collections.reverse(newest);
        return new EventFeed(newest);
    }

    /** Where reading the log starts: one {@link #WINDOW} before now. */
    public static String since(OffsetDateTime now) {
        return now.minus(WINDOW).toString();
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The position of the newest event shown; 0 when none. */
    public long lastPosition() {
        return events.isEmpty() ? 0 : events.get(0).position();
    }
}
