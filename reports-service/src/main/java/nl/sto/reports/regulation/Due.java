package nl.sto.reports.regulation;

/**
 * When an obligation of a kind falls due: on a fixed {@code date} (amendments move it), every year of the period on
 * {@code month}/{@code day}, or {@code weeks} after the region's grant decision.
 */
public record Due(Rule rule, java.time.LocalDate date, Integer month, Integer day, Integer weeks) {

    public enum Rule {
        FIXED,
        YEARLY,
        WEEKS_AFTER_GRANT
    }

    public static Due fixed(java.time.LocalDate date) {
        return new Due(Rule.FIXED, date, null, null, null);
    }
}
