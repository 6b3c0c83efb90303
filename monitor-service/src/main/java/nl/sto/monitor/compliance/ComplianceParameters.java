package nl.sto.monitor.compliance;

import java.util.regex.Pattern;

import nl.sto.common.problem.ProblemException;

/**
 * The board's query parameters, checked before they reach a query: each one that is wrong is a 400 naming it. A
 * blank value counts as left out. Numbers are taken as text, so that {@code year=abc} is a 400 too.
 */
final class ComplianceParameters {

    private static final Pattern REGION = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    /** An obligation kind's code, as regulations define them (such as VOORTGANG_1). */
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2100;

    private ComplianceParameters() {
    }

    static String region(String value) {
        return matching("region", value, REGION, "must be a region code: 2 to 20 capitals, digits or dashes");
    }

    static String obligationKind(String value) {
        return matching("obligationKind", value, KIND,
                "must be an obligation kind's code: a capital, then 1 to 39 capitals, digits or _");
    }

    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Answered below, as every other year out of range.
        }
        throw ProblemException.badRequest("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
    }

    private static String matching(String name, String value, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.strip()).matches()) {
            throw ProblemException.badRequest(name, expected);
        }
        return value.strip();
    }
}
