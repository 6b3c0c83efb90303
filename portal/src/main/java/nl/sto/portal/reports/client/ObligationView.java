package nl.sto.portal.reports.client;

import java.time.LocalDate;
import java.util.List;

import nl.sto.contracts.regulation.ObligationKind;

/**
 * An obligation as reports-service reads it out: what the region owes by when, the legal reference of the version
 * of the regulation that set that date, and every move of the date with its reason.
 */
public record ObligationView(String id, String regionCode, String kind, LocalDate dueDate, String status,
        String legalReference, List<Move> history) {

    public record Move(LocalDate from, LocalDate to, String reason) {
    }

    public ObligationView {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The end of the spending period is a date, not something to write a report for. */
    public boolean reportable() {
        return ObligationKind.valueOf(kind).isReport();
    }
}
