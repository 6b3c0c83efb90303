package nl.sto.reports.obligations;

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
    ENDED
}
