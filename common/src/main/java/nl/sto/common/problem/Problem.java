package nl.sto.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code errors} names each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** An offending field: its path, a stable {@link FieldErrorCode} and a message in English. */
    public record FieldError(String field, String code, String message) {

        /** A field that breaks a rule with no code of its own ({@link FieldErrorCode#INVALID}). */
        public FieldError(String field, String message) {
            this(field, FieldErrorCode.INVALID, message);
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, List.copyOf(errors));
    }
}
