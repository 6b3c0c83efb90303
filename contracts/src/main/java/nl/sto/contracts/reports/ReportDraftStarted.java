package nl.sto.contracts.reports;


/** {@code nl.sto.report.draft-started.v1}: someone of the region started the report for an obligation. */
public record ReportDraftStarted(String reportId, String regionCode, String obligationId, String regulationId,
        String kind, String startedBy) {
}
