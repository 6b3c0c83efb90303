package nl.sto.common.problem;

/**
 * What is wrong with a field, as a stable code beside the English message of a {@link Problem.FieldError}: a client
 * words the code in its own language (the portal in Dutch or English), and a code keeps its meaning when a message is
 * reworded. Where the message names values (a year, a date, a limit), the error's {@code params} carry them under the
 * names given here, dates as ISO dates.
 */
public final class FieldErrorCode {

    /** Left out or empty. */
    public static final String REQUIRED = "required";
    /** Longer, or more items, than allowed; {@code max} when known. */
    public static final String TOO_LONG = "too-long";
    /** Shorter, or fewer items, than required; {@code min} when known. */
    public static final String TOO_SHORT = "too-short";
    /** Not of the required form (a code, an identifier). */
    public static final String PATTERN = "pattern";
    /** A number or date outside what is allowed; {@code min} and {@code max} (either may be missing) when known. */
    public static final String RANGE = "range";
    /** Not an e-mail address. */
    public static final String EMAIL = "email";
    /** Not readable as the type the field holds (a date, a number, a list). */
    public static final String FORMAT = "format";
    /** Not a field of the request. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** Clashes with what is stored (a taken name, a published record). */
    public static final String CONFLICT = "conflict";
    /** Given twice in the same request (a year, a code, a key). */
    public static final String DUPLICATE = "duplicate";
    /** Used already by another record, {@code value}; {@code by} names that record when it is another. */
    public static final String TAKEN = "taken";
    /** More decimals than allowed: {@code max}. */
    public static final String DECIMALS = "decimals";
    /** A date that must not lie before {@code date}. */
    public static final String NOT_BEFORE = "not-before";
    /** A year or date outside a period, from {@code from} to {@code to} inclusive. */
    public static final String OUTSIDE_PERIOD = "outside-period";
    /** The organisation is a partner of {@code region} already. */
    public static final String ALREADY_PARTNER = "already-partner";
    /** The region has a lead already, {@code name}. */
    public static final String LEAD_EXISTS = "lead-exists";
    /** The partner left the region already, on {@code date}. */
    public static final String ALREADY_LEFT = "already-left";
    /** The region has a grant for {@code year} already. */
    public static final String GRANT_EXISTS = "grant-exists";
    /** The co-financing for {@code year} is confirmed and can no longer change. */
    public static final String ALREADY_CONFIRMED = "already-confirmed";
    /** A returned report needs a comment on at least one section. */
    public static final String COMMENT_NEEDED = "comment-needed";
    /** A change that changes nothing (an amendment that moves no deadline). */
    public static final String NO_CHANGE = "no-change";
    /** Any other rule; the message says which. */
    public static final String INVALID = "invalid";

    private FieldErrorCode() {
    }
}
