package nl.sto.contracts.reports;


/** {@code nl.sto.report.accepted.v1}: a reviewer accepted version {@code version}; the obligation is met. */
public record ReportAccepted(String reportId, String regionCode, String obligationId, String regulationId,
        String kind, int version) {
}
