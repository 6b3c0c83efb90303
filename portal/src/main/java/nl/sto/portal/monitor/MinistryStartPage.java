package nl.sto.portal.monitor;

import java.util.List;

import nl.sto.portal.client.monitor.MonitorViews.RegionAtRisk;

/**
 * The start page of ministry staff after the login: how the regions stand with their reports and which are at risk
 * (as on the compliance board, each part "niet beschikbaar" on its own when monitor-service cannot give it), and the
 * way to their tasks.
 */
public record MinistryStartPage(ComplianceSummaryPanel summary, Fetched<List<RegionAtRisk>> atRisk) {

    public static final String PATH = "/ministry/start";
}
