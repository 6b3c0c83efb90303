package nl.sto.contracts.regulation;

/**
 * What a region owes the ministry, and by when the regulation says so. The first three are reports a region
 * submits; the end of the spending period is a date that bounds the final report's spending, not a report.
 */
public enum ObligationKind {
    PROGRESS_REPORT_1,
    PROGRESS_REPORT_2,
    FINAL_REPORT,
    SPENDING_PERIOD_END;

    public boolean isReport() {
        return this != SPENDING_PERIOD_END;
    }
}
