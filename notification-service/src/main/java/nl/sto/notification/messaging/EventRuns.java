package nl.sto.notification.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits a batch of events into runs that can each be applied set-based: consecutive events of one type, in which
 * no key (an obligation) repeats. A second event about the same obligation starts a new run, so it applies after the
 * first, as it would have one event at a time.
 */
final class EventRuns {

    private EventRuns() {
    }

    static <T> List<List<T>> split(List<T> events, Function<T, String> type, Function<T, String> key) {
        List<List<T>> runs = new ArrayList<>();
        List<T> run = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (T event : events) {
            boolean sameRun = !run.isEmpty() && type.apply(run.get(0)).equals(type.apply(event))
                    && !keys.contains(key.apply(event));
            if (!sameRun && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
                keys.clear();
            }
            run.add(event);
            keys.add(key.apply(event));
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
