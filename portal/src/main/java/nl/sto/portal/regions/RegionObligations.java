package nl.sto.portal.regions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.client.reports.ReportViews.ReportSummary;

/**
 * The region's obligations for its page, grouped by the regulation (programme period) they follow from, the current
 * one first as reports-service lists the regulations, with the report of each report obligation once it is started.
 * reports-service may be away while regions-service answers; then the page still shows the region and says that the
 * deadlines cannot be shown now. A region registered a moment ago is not known to reports-service yet (it learns of it
 * from regions-service's event, and then sets its deadlines): the page says they are being prepared.
 */
public record RegionObligations(List<ObligationView> list, List<Summary> regulations,
        Map<String, ReportSummary> reportsByObligation, boolean available, boolean preparing) {

    public static final RegionObligations UNAVAILABLE = new RegionObligations(List.of(), List.of(), Map.of(), false,
            false);
    public static final RegionObligations PREPARING = new RegionObligations(List.of(), List.of(), Map.of(), false,
            true);

    public RegionObligations {
        list = List.copyOf(list);
        regulations = List.copyOf(regulations);
        reportsByObligation = Map.copyOf(reportsByObligation);
    }

    public static RegionObligations of(List<ObligationView> obligations, List<Summary> regulations,
            List<ReportSummary> reports) {
        return new RegionObligations(obligations, regulations, reports.stream()
                .collect(Collectors.toMap(ReportSummary::obligationId, Function.identity(), (a, b) -> a)), true, false);
    }

    /** The obligation's report, or null while nobody has started it. */
    public ReportSummary reportOf(ObligationView obligation) {
        return reportsByObligation.get(obligation.id());
    }

    /**
     * One group per regulation the region owes something under, in the order of the regulations; obligations of a
     * regulation the list lacks (one the person may not see yet) come last, headed by its id. Each row's id is
     * {@code obligation-<KIND>}; a code that an earlier row has already used gets the regulation's id after it
     * (and a number, for the yearly obligations of one kind).
     */
    public List<Group> groups() {
        Map<String, List<ObligationView>> byRegulation = new LinkedHashMap<>();
        regulations.forEach(r -> byRegulation.put(r.id(), new ArrayList<>()));
        list.forEach(o -> byRegulation.computeIfAbsent(String.valueOf(o.regulationId()), id -> new ArrayList<>())
                .add(o));
        Map<String, Summary> summaries = regulations.stream()
                .collect(Collectors.toMap(Summary::id, Function.identity(), (a, b) -> a));
        Set<String> usedIds = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        byRegulation.forEach((id, obligations) -> {
            if (obligations.isEmpty()) {
                return;
            }
            List<Row> rows = obligations.stream().map(o -> {
                String rowId = "obligation-" + o.kind();
                if (!usedIds.add(rowId)) {
                    String later = rowId + "-" + id;
                    rowId = later;
                    for (int n = 2; !usedIds.add(rowId); n++) {
                        rowId = later + "-" + n;
                    }
                }
                return new Row(rowId, o);
            }).toList();
            groups.add(new Group(id, summaries.get(id), rows));
        });
        return groups;
    }

    /** @param regulation the regulation's summary; null when the list of regulations lacks it */
    public record Group(String regulationId, Summary regulation, List<Row> rows) {

        public String headingId() {
            return "regulation-" + regulationId + "-title";
        }
    }

    public record Row(String id, ObligationView obligation) {
    }
}
