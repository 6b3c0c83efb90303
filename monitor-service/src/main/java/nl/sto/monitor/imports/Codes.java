package nl.sto.monitor.imports;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.sto.monitor.imports.RowMapping.RejectedRow;

/** The codes and numbers in DUO files, as they are written across releases. */
final class Codes {

    private static final Pattern BRIN = Pattern.compile("[0-9A-Z]{4}");
    private static final Pattern LOCATION = Pattern.compile("[0-9A-Z]{4}[0-9]{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    /** DUO suppresses counts below 5 in newer files. */
    private static final String SUPPRESSED = "<5";

    private Codes() {
    }

    static String brin(String value) throws RejectedRow {
        String brin = value.toUpperCase(Locale.ROOT);
        if (!BRIN.matcher(brin).matches()) {
            throw new RejectedRow("the BRIN number '" + value + "' is not 4 letters or digits");
        }
        return brin;
    }

    /**
     * A location's code (BRIN + 2-digit vestiging): newer files give it whole ({@code 00AH01}), older ones only the
     * vestiging number, with ({@code 01}) or without ({@code 1}) its leading zero.
     */
    static String location(String brin, String vestiging) throws RejectedRow {
        String code = vestiging.length() > 2 ? vestiging.toUpperCase(Locale.ROOT)
                : brin + "0".repeat(Math.max(0, 2 - vestiging.length())) + vestiging;
        if (!LOCATION.matcher(code).matches() || !code.startsWith(brin)) {
            throw new RejectedRow("the location '" + vestiging + "' of BRIN " + brin + " is not a vestiging number");
        }
        return code;
    }

    /** A location's whole code (BRIN + 2-digit vestiging), as lists of locations give it. */
    static String locationCode(String value) throws RejectedRow {
        String code = value.toUpperCase(Locale.ROOT);
        if (!LOCATION.matcher(code).matches()) {
            throw new RejectedRow("the location '" + value + "' is not a BRIN number with a 2-digit vestiging");
        }
        return code;
    }

    /** A latitude or longitude in decimal degrees within the bounds; null when the value is empty. */
    static String degrees(String column, String value, double min, double max) throws RejectedRow {
        if (value.isEmpty()) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value);
            if (degrees >= min && degrees <= max) {
                return String.valueOf(degrees);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new RejectedRow(column + " is '" + value + "', not a number of degrees from " + min + " to " + max);
    }

    /** A count, or null when it is empty (not published). */
    static String optionalCount(String column, String value) throws RejectedRow {
        return value.isEmpty() ? null : count(column, value);
    }

    /** A count, or null when DUO suppressed it. */
    static String count(String column, String value) throws RejectedRow {
        if (SUPPRESSED.equals(value)) {
            return null;
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new RejectedRow(column + " is '" + value + "', not a number of students");
        }
        return String.valueOf(Integer.parseInt(value));
    }

    /** An element code keeps its leading zeros in some releases and loses them in others: always 4 digits here. */
    static String elementCode(String value) throws RejectedRow {
        if (!DIGITS.matcher(value).matches() || value.length() > 6) {
            throw new RejectedRow("the element code '" + value + "' is not a number");
        }
        return value.length() >= 4 ? value : "0".repeat(4 - value.length()) + value;
    }

    static String required(String column, String value) throws RejectedRow {
        if (value.isEmpty()) {
            throw new RejectedRow(column + " is empty");
        }
        return value;
    }
}
