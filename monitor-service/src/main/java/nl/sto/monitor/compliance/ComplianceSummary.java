package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.sto.contracts.regulation.Names;

/**
 * The national picture on {@code today}: the counts over every obligation, and per obligation of the regulations
 * (a kind with one due date, which the regions admitted late may have apart) the counts over its regions.
 */
public record ComplianceSummary(LocalDate today, StateCounts national, List<Obligation> obligations) {

    /** One obligation of a regulation, as the regions it applies to stand. */
    public record Obligation(String regulationId, String kind, Names kindName, LocalDate dueDate, StateCounts counts) {
    }

    private record Key(String regulationId, String kind, LocalDate dueDate) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::regulationId).thenComparing(Key::kind)
            .thenComparing(Key::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

    static ComplianceSummary of(List<TrackedObligation> all, LocalDate today) {
        Map<Key, List<TrackedObligation>> byObligation = all.stream().collect(Collectors.groupingBy(
                o -> new Key(o.regulationId(), o.kind(), ComplianceRules.dueDate(o)), () -> new TreeMap<>(ORDER),
                Collectors.toList()));
        List<Obligation> obligations = byObligation.entrySet().stream().map(group -> new Obligation(
                group.getKey().regulationId(), group.getKey().kind(), kindName(group.getValue()),
                group.getKey().dueDate(), StateCounts.of(group.getValue(), today))).toList();
        return new ComplianceSummary(today, StateCounts.of(all, today), obligations);
    }

    /** The kind's name comes with obligation.created; a region whose creation has not arrived has none yet. */
    private static Names kindName(List<TrackedObligation> group) {
        return group.stream().map(TrackedObligation::kindName).filter(name -> name != null).findFirst().orElse(null);
    }
}
