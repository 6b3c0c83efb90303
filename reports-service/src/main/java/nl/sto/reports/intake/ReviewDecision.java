package nl.sto.reports.intake;

/** What a reviewer decides about a submitted version. */
public enum ReviewDecision {
    ACCEPT,
    RETURN
}
