package nl.sto.reports.intake;

/**
 * Where a report version stands: a DRAFT is edited by the region, SUBMITTED waits for review, the reviewer RETURNS
 * it (the region revises it in a new version) or ACCEPTS it. A report's status is that of its latest version.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
