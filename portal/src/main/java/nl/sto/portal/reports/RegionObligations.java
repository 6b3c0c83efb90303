package nl.sto.portal.reports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.sto.portal.reports.client.ObligationView;
import nl.sto.portal.reports.client.ReportViews.ReportSummary;

/**
 * The region's obligations for its page, with the report of each report obligation once it is started.
 * reports-service may be away while regions-service answers; then the page still shows the region and says that the
 * deadlines cannot be shown now.
 */
public record RegionObligations(List<ObligationView> list, Map<String, ReportSummary> reportsByObligation,
        boolean available) {

    public static final RegionObligations UNAVAILABLE = new RegionObligations(List.of(), Map.of(), false);

    public RegionObligations {
        list = List.copyOf(list);
        reportsByObligation = Map.copyOf(reportsByObligation);
    }

    public static RegionObligations of(List<ObligationView> obligations, List<ReportSummary> reports) {
        return new RegionObligations(obligations, reports.stream()
                .collect(Collectors.toMap(ReportSummary::obligationId, Function.identity())), true);
    }

    /** The obligation's report, or null while nobody has started it. */
    public ReportSummary reportOf(ObligationView obligation) {
        return reportsByObligation.get(obligation.id());
    }
}
