package nl.sto.portal.regulations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Paged;

/**
 * The ministry's deadlines page: who is late, counted per kind of obligation, and the regulations the deadlines
 * follow from (each regulation's own page has its versions, sources and amendments). The list of who is late is
 * shown a page of {@link #PAGE_SIZE} at a time, the earliest due first, and can be narrowed to one kind.
 *
 * @param overdue     every region's overdue obligations, of any regulation
 * @param regulations the regulations, current first
 * @param kind        the kind of obligation the list is narrowed to ({@code regulation/KIND}), or empty for all
 * @param page        0-based page of the list
 */
public record DeadlinesPage(List<ObligationView> overdue, List<Summary> regulations, String kind, int page,
        Outcome done, UiLanguage lang) implements Paged {

    public static final int PAGE_SIZE = 50;
    static final String PATH = "/ministry/deadlines";

    public DeadlinesPage {
        overdue = List.copyOf(overdue);
        regulations = List.copyOf(regulations);
        kind = kind == null ? "" : kind;
        page = Math.max(page, 0);
    }

    /** The overdue obligations of the chosen kind (all without one), the earliest due first, then by region. */
    public List<ObligationView> listed() {
        return overdue.stream().filter(o -> kind.isEmpty() || kind.equals(key(o)))
                .sorted(Comparator.comparing(ObligationView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ObligationView::regionCode))
                .toList();
    }

    /** This page of {@link #listed}. */
    public List<ObligationView> shown() {
        List<ObligationView> listed = listed();
        int from = Math.min(page * PAGE_SIZE, listed.size());
        return listed.subList(from, Math.min(from + PAGE_SIZE, listed.size()));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (page + 1) * PAGE_SIZE < listed().size();
    }

    public int pageNumber() {
        return page + 1;
    }

    public String previousUrl() {
        return url(kind, page - 1);
    }

    public String nextUrl() {
        return url(kind, page + 1);
    }

    /** The list narrowed to one kind of obligation ({@link OverdueCount#key}), from its first page. */
    public String kindUrl(String key) {
        return url(key, 0);
    }

    public String allKindsUrl() {
        return url("", 0);
    }

    private static String url(String kind, int page) {
        UriBuilder uri = UriBuilder.fromPath(PATH);
        if (!kind.isEmpty()) {
            uri.queryParam("kind", kind);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.fragment("overdue").build().toString();
    }

    private static String key(ObligationView o) {
        return o.regulationId() + "/" + o.kind();
    }

    /** How many are late per kind, kinds in the order they first fall due, named by their regulation. */
    public List<OverdueCount> overdueCounts() {
        Map<String, OverdueCount> counts = new LinkedHashMap<>();
        overdue.stream()
                .sorted(Comparator.comparing(ObligationView::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(o -> {
                    String key = key(o);
                    OverdueCount count = counts.get(key);
                    counts.put(key, new OverdueCount(key, o.kind(), o.kindName().in(lang),
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

    /** @param key the regulation and kind, as the list's {@code kind} filter takes it */
    public record OverdueCount(String key, String kind, String name, String regulation, long count) {
    }
}
