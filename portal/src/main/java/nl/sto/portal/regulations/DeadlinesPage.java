package nl.sto.portal.regulations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.web.Outcome;

/**
 * The ministry's deadlines page: who is late, counted per kind of obligation, and the regulations the deadlines
 * follow from (each regulation's own page has its versions, sources and amendments).
 *
 * @param overdue     every region's overdue obligations, of any regulation
 * @param regulations the regulations, current first
 */
public record DeadlinesPage(List<ObligationView> overdue, List<Summary> regulations, Outcome done, UiLanguage lang) {

    public DeadlinesPage {
        overdue = List.copyOf(overdue);
        regulations = List.copyOf(regulations);
    }

    /** How many are late per kind, kinds in the order they first fall due, named by their regulation. */
    public List<OverdueCount> overdueCounts() {
        Map<String, OverdueCount> counts = new LinkedHashMap<>();
        overdue.stream()
                .sorted(Comparator.comparing(ObligationView::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(o -> {
                    String key = o.regulationId() + "/" + o.kind();
                    OverdueCount count = counts.get(key);
                    counts.put(key, new OverdueCount(o.kind(), o.kindName().in(lang),
                            regulationTitle(o.regulationId()), count == null ? 1 : count.count() + 1));
                });
        return new ArrayList<>(counts.values());
    }

    public long overdueOf(String kind) {
        return overdue.stream().filter(o -> o.kind().equals(kind)).count();
    }

    public String regulationTitle(String regulationId) {
        return regulations.stream().filter(r -> r.id().equals(regulationId)).map(Summary::title).findFirst()
                .orElse(regulationId == null ? "" : regulationId);
    }

    public record OverdueCount(String kind, String name, String regulation, long count) {
    }
}
