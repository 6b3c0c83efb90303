package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sto.contracts.regulation.DeadlineChange;

/** The dates a version of a regulation sets for its fixed-date kinds, keyed by kind code in the kinds' order. */
public record Deadlines(Map<String, LocalDate> dates) {

    public Deadlines {
        dates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    }

    public LocalDate of(String kind) {
        return dates.get(kind);
    }

    /** These deadlines with the given ones replaced; kinds not named keep their date. */
    public Deadlines with(Map<String, LocalDate> replaced) {
        Map<String, LocalDate> next = new LinkedHashMap<>(dates);
        replaced.forEach((kind, date) -> {
            if (next.containsKey(kind)) {
                next.put(kind, date);
            }
        });
        return new Deadlines(next);
    }

    /** What moved from these deadlines to {@code next}, in the order of the kinds. */
    public List<DeadlineChange> changesTo(Deadlines next) {
        List<DeadlineChange> changes = new ArrayList<>();
        dates.forEach((kind, date) -> {
            LocalDate to = next.of(kind);
            if (to != null && !to.equals(date)) {
                changes.add(new DeadlineChange(kind, date, to));
            }
        });
        return changes;
    }
}
