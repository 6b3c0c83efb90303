package nl.sto.portal.client;

import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem detail as the services send it ({@code application/problem+json}); the portal makes the
 * same shape for input it rejects itself, so both reach the person the same way.
 *
 * @param errors   the offending fields, by the name of the request's JSON property (which is also the form
 *                 field's name)
 * @param language the language of detail and messages: the services write theirs in English, the portal in the
 *                 page's language; pages mark it ({@code lang}) so screen readers pronounce it right
 */
public record Problem(int status, String title, String detail, List<FieldError> errors, String language) {

    /** The language of the services' problem details. */
    public static final String SERVICE_LANGUAGE = "en";

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        detail = detail == null ? "" : detail;
        language = language == null ? SERVICE_LANGUAGE : language;
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
        return new Problem(status, title, sentence, List.of(), language);
    }

    public Optional<String> errorOf(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }
}
