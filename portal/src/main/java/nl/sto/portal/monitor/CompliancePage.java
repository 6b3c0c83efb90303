package nl.sto.portal.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.client.monitor.MonitorViews.CofinancingReport;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceBoard;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceSummary;
import nl.sto.portal.client.monitor.MonitorViews.RegionAtRisk;
import nl.sto.portal.client.monitor.MonitorViews.RegionFunding;

/**
 * The compliance board: how the regions stand with their report obligations ({@link ComplianceSummaryPanel}), the
 * regions at risk with their reasons, one region's obligations when a region is chosen, and co-financing realised
 * against the grant per region.
 *
 * @param board  one region's obligations; null when no region is chosen
 * @param region the region chosen, or null
 * @param year   the co-financing year chosen, or null for every year together
 * @param regions the regions to choose from; empty when regions-service could not say
 */
public record CompliancePage(Fetched<ComplianceSummary> summary, Fetched<List<RegionAtRisk>> atRisk,
        Fetched<ComplianceBoard> board, String region, Fetched<CofinancingReport> cofinancing, Integer year,
        List<RegionChoice> regions) {

    public CompliancePage {
        regions = List.copyOf(regions);
    }

    /** A select of the regions when they could be read; a text field for the code otherwise. */
    public boolean regionSelect() {
        return !regions.isEmpty();
    }

    public static final String PATH = "/ministry/monitor/compliance";
    public static final String GRANTED = "granted";
    public static final String REALISED = "realised";

    /** A year as typed in the address; anything but a plausible year is every year together. */
    public static Integer year(String asked) {
        if (asked != null && asked.strip().matches("\\d{4}")) {
            int year = Integer.parseInt(asked.strip());
            return year >= 2018 && year <= 2100 ? year : null;
        }
        return null;
    }

    public static String url(String region, Integer year) {
        UriBuilder uri = UriBuilder.fromPath(PATH);
        if (region != null) {
            uri.queryParam("region", region);
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        return uri.build().toString();
    }

    public boolean regionChosen() {
        return region != null;
    }

    /** The summary per obligation, as the start page shows it too. */
    public ComplianceSummaryPanel summaryPanel() {
        return new ComplianceSummaryPanel(summary);
    }

    /** Grant against co-financing realised (money and in kind together) per region, in euros. */
    public SeriesChart cofinancingChart() {
        List<RegionFunding> regions = cofinancing.ok() ? cofinancing.value().regions() : List.of();
        return new SeriesChart("bar", false, "euro", regions.stream().map(RegionFunding::region).toList(), List.of(
                new SeriesChart.Series(GRANTED, GRANTED,
                        regions.stream().map(r -> euros(r.funding() == null ? null : r.funding().granted())).toList()),
                new SeriesChart.Series(REALISED, REALISED,
                        regions.stream().map(r -> euros(r.funding() == null ? null : r.funding().realised())).toList())));
    }

    public String cofinancingChartJson() {
        return cofinancingChart().toJson();
    }

    public boolean hasFunding() {
        return cofinancing.ok() && !cofinancing.value().regions().isEmpty();
    }

    private static Double euros(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
