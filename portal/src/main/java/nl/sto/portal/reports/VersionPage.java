package nl.sto.portal.reports;

import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.Version;

/** One version of a report as it was drafted or submitted, read-only, with the report it belongs to. */
public record VersionPage(ReportRef ref, RegionDetail region, Report report, Version version) {
}
