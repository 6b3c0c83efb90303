package nl.sto.reports.obligations;

import java.time.LocalDate;

/**
 * Where an obligation stands. A report obligation is OPEN until its report is submitted (SUBMITTED), or its due date
 * passes first (OVERDUE; a late report still moves it to SUBMITTED); a reviewer RETURNS or ACCEPTS what was
 * submitted. The end of the spending period is OPEN until the day passes, then ENDED.
 */
public enum ObligationStatus {
    OPEN,
    OVERDUE,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    ENDED;

    /**
     * Where the obligation stands once its due date moves to {@code to}: late or ended again open when the new date
     * is today or later. The amendment's statement ({@code ObligationRedating}) applies the same rule in SQL.
     */
    public ObligationStatus afterMoveTo(LocalDate to, LocalDate today) {
        return (this == OVERDUE || this == ENDED) && !to.isBefore(today) ? OPEN : this;
    }
}
