package nl.sto.contracts.reports;

import java.util.List;


/** {@code nl.sto.report.returned.v1}: a reviewer sent version {@code version} back with comments on these sections. */
public record ReportReturned(String reportId, String regionCode, String obligationId, String regulationId,
        String kind, int version, List<String> sections) {
}
