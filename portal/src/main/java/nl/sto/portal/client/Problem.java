package nl.sto.portal.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An RFC 9457 problem detail as the services send it ({@code application/problem+json}); the portal makes the
 * same shape for input it rejects itself, so both reach the person the same way.
 *
 * @param errors   the offending fields, by the name of the request's JSON property (which is also the form
 *                 field's name)
 * @param language the language of detail and messages: the services write theirs in English, the portal in the
 *                 page's language; pages mark it ({@code lang}) so screen readers pronounce it right
 * @param code     why, when no field is to blame (the services' {@code ProblemCode}), so that the portal can word the
 *                 detail with the values in {@code params}; null when the service gave none
 */
public record Problem(int status, String title, String detail, List<FieldError> errors, String language, String code,
        Map<String, String> params) {

    /** The language of the services' problem details. */
    public static final String SERVICE_LANGUAGE = "en";

    /**
     * An offending field: its name, the service's stable code for what is wrong (null when the portal found it), the
     * message, the message's language (the problem's when not given), and the values the message names (a year, a
     * date; see the services' {@code FieldErrorCode}), so that the portal can word the code with them.
     */
    public record FieldError(String field, String code, String message, String language, Map<String, String> params) {

        public FieldError {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public FieldError(String field, String code, String message, String language) {
            this(field, code, message, language, Map.of());
        }

        public FieldError(String field, String message) {
            this(field, null, message, null);
        }

        /** The same error on another field, e.g. the form's name for what the service calls otherwise. */
        public FieldError on(String otherField) {
            return new FieldError(otherField, code, message, language, params);
        }

        /** The same error told in other words, in the given language. */
        public FieldError worded(String otherMessage, String otherLanguage) {
            return new FieldError(field, code, otherMessage, otherLanguage, params);
        }
    }

    public Problem {
        language = language == null ? SERVICE_LANGUAGE : language;
        String told = language;
        errors = errors == null ? List.of() : errors.stream()
                .map(e -> e.language() == null ? e.worded(e.message(), told) : e).toList();
        detail = detail == null ? "" : detail;
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Problem(int status, String title, String detail, List<FieldError> errors, String language) {
        this(status, title, detail, errors, language, null, Map.of());
    }

    /** The same problem with its detail told in other words, in the given language. */
    public Problem withDetail(String otherDetail, String otherLanguage) {
        return new Problem(status, title, otherDetail, errors, otherLanguage, code, params);
    }

    /** Input the portal refuses before asking a service. */
    public static Problem invalidInput(String detail, List<FieldError> errors, String language) {
        return new Problem(400, "Invalid request", detail, errors, language);
    }

    /**
     * The same refusal told in one sentence, for a form without fields of its own (a button): a field the service
     * names is none of the form's, and an answer without detail (a proxy's page) is told by its title.
     */
    public Problem asSentence() {
        String sentence = detail.isBlank() && title != null ? title : detail;
        return new Problem(status, title, sentence, List.of(), language, code, params);
    }

    public Optional<String> errorOf(String field) {
        return errorAt(field).map(FieldError::message);
    }

    public Optional<FieldError> errorAt(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }

    /** The same problem with each field error as {@code wording} tells it (or as it was, when it cannot). */
    public Problem withErrors(UnaryOperator<FieldError> wording) {
        return new Problem(status, title, detail, errors.stream().map(wording).toList(), language, code, params);
    }
}
