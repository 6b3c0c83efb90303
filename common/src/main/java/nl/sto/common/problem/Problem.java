package nl.sto.common.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code errors} names each offending field; when no
 * field is to blame, {@code code} ({@link ProblemCode}) says why, with the values the detail names in {@code params}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String code,
        Map<String, String> params) {

    public Problem {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * An offending field: its path, a stable {@link FieldErrorCode}, a message in English, and the values the message
     * names ({@code params}, e.g. {@code {"year": "2024"}}; dates ISO), so that a client words the code with them in its
     * own language. Which params a code carries is documented with the code.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String code, String message, Map<String, String> params) {

        public FieldError {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public FieldError(String field, String code, String message) {
            this(field, code, message, Map.of());
        }

        /** A field that breaks a rule with no code of its own ({@link FieldErrorCode#INVALID}). */
        public FieldError(String field, String message) {
            this(field, FieldErrorCode.INVALID, message);
        }

        /** The same error on another field, e.g. a section's field as a field of the whole report. */
        public FieldError on(String otherField) {
            return new FieldError(otherField, code, message, params);
        }

        /** A text longer than {@code max} characters. */
        public static FieldError tooLong(String field, int max) {
            return new FieldError(field, FieldErrorCode.TOO_LONG, "is longer than " + max + " characters",
                    Map.of("max", String.valueOf(max)));
        }

        /** A year, number or date outside {@code min} to {@code max} inclusive (dates as ISO dates). */
        public static FieldError range(String field, Object min, Object max, String message) {
            return new FieldError(field, FieldErrorCode.RANGE, message,
                    Map.of("min", String.valueOf(min), "max", String.valueOf(max)));
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of(), null, Map.of());
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, List.copyOf(errors), null, Map.of());
    }

    /** A refusal no field is to blame for, with its {@link ProblemCode} and the values its detail names. */
    public static Problem of(int status, String title, String detail, String code, Map<String, String> params) {
        return new Problem("about:blank", title, status, detail, List.of(), code, params);
    }
}
