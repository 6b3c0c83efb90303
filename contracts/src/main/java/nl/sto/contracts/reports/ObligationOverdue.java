package nl.sto.contracts.reports;

import java.time.LocalDate;


/**
 * {@code nl.sto.obligation.overdue.v1} on {@code sto.reports.v1}: the due date passed without a submitted report.
 * Emitted once per obligation and due date. Subject: the region.
 */
public record ObligationOverdue(String obligationId, String regionCode, String regulationId, String kind,
        LocalDate dueDate) {
}
