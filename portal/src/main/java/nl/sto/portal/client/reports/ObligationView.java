package nl.sto.portal.client.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation as reports-service reads it out: what the region owes by when under which regulation, the legal
 * reference of the version of the regulation that set that date, and every move of the date with its reason.
 *
 * @param kind     the obligation kind's code within its regulation, e.g. PROGRESS_REPORT_1
 * @param kindName the kind's name as the regulation gives it
 * @param report   whether the region writes a report for it; a milestone such as the end of the spending period
 *                 is only a date
 * @param occurrence which one of the kind's obligations this is (a kind due every year has one a year)
 * @param mayStartReport the reader may start its report (reports-service decides: the region's report writers)
 */
public record ObligationView(String id, String regionCode, String regulationId, String kind, Names kindName,
        boolean report, int occurrence, LocalDate dueDate, String status, Integer version, String legalReference,
        List<Move> history, boolean mayStartReport) {

    public record Move(LocalDate from, LocalDate to, String reason) {
    }

    public ObligationView {
        kindName = Names.orNone(kindName);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
