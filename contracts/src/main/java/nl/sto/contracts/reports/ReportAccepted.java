package nl.sto.contracts.reports;

import nl.sto.contracts.regulation.ObligationKind;

/** {@code nl.sto.report.accepted.v1}: a reviewer accepted version {@code version}; the obligation is met. */
public record ReportAccepted(String reportId, String regionCode, String obligationId, ObligationKind kind,
        int version) {
}
