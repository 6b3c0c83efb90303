package nl.sto.contracts.reports;

import java.util.List;

import nl.sto.contracts.regulation.ObligationKind;

/** {@code nl.sto.report.returned.v1}: a reviewer sent version {@code version} back with comments on these sections. */
public record ReportReturned(String reportId, String regionCode, String obligationId, ObligationKind kind,
        int version, List<String> sections) {
}
