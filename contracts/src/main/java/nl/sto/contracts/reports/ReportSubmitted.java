package nl.sto.contracts.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;


/**
 * {@code nl.sto.report.submitted.v1} (first submission) and {@code nl.sto.report.resubmitted.v1} (after a return):
 * the lead submitted version {@code version} of the report, with its receipt. {@code late} when submitted after
 * {@code dueDate}.
 */
public record ReportSubmitted(String reportId, String regionCode, String obligationId, String regulationId,
        String kind, int version, String receipt, String checksum, OffsetDateTime submittedAt, LocalDate dueDate,
        boolean late) {
}
