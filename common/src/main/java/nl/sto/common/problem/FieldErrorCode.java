package nl.sto.common.problem;

/**
 * What is wrong with a field, as a stable code beside the English message of a {@link Problem.FieldError}: a client
 * words the code in its own language (the portal in Dutch or English), and a code keeps its meaning when a message is
 * reworded.
 */
public final class FieldErrorCode {

    /** Left out or empty. */
    public static final String REQUIRED = "required";
    /** Longer, or more items, than allowed. */
    public static final String TOO_LONG = "too-long";
    /** Shorter, or fewer items, than required. */
    public static final String TOO_SHORT = "too-short";
    /** Not of the required form (a code, an identifier). */
    public static final String PATTERN = "pattern";
    /** A number or date outside what is allowed. */
    public static final String RANGE = "range";
    /** Not an e-mail address. */
    public static final String EMAIL = "email";
    /** Not readable as the type the field holds (a date, a number, a list). */
    public static final String FORMAT = "format";
    /** Not a field of the request. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** Clashes with what is stored (a taken name, a published record). */
    public static final String CONFLICT = "conflict";
    /** Any other rule; the message says which. */
    public static final String INVALID = "invalid";

    private FieldErrorCode() {
    }
}
