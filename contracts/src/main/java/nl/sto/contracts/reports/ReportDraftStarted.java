package nl.sto.contracts.reports;

import nl.sto.contracts.regulation.ObligationKind;

/** {@code nl.sto.report.draft-started.v1}: someone of the region started the report for an obligation. */
public record ReportDraftStarted(String reportId, String regionCode, String obligationId, ObligationKind kind,
        String startedBy) {
}
