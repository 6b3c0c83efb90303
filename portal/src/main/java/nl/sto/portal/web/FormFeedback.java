package nl.sto.portal.web;

import java.util.List;
import java.util.Map;

import nl.sto.portal.client.Problem;

/**
 * A refused form, to show again: which form (its id on the page), why (the problem from the service or from
 * the portal's own input check) and what the person had typed, so nothing needs typing twice.
 */
public record FormFeedback(String form, Problem problem, Map<String, String> values) {

    public static final FormFeedback NONE = new FormFeedback("", new Problem(200, "", "", List.of(), null), Map.of());

    public FormFeedback {
        values = Map.copyOf(values);
    }

    /** A form shown again with what was typed and no refusal, e.g. after a button that only fills something in. */
    public static FormFeedback kept(String form, Map<String, String> values, String language) {
        return new FormFeedback(form, new Problem(200, "", "", List.of(), language), values);
    }

    public boolean isFor(String formId) {
        return this != NONE && form.equals(formId);
    }

    /** Whether the form was refused (rather than only shown again as typed): its error summary is shown. */
    public boolean refused(String formId) {
        return isFor(formId) && problem.status() >= 400;
    }

    public boolean hasError(String formId, String field) {
        return isFor(formId) && problem.errorOf(field).isPresent();
    }

    public String error(String formId, String field) {
        return isFor(formId) ? problem.errorOf(field).orElse("") : "";
    }

    /** What the person typed into the field of the refused form; otherwise the form's usual value. */
    public String value(String formId, String field, Object usual) {
        if (isFor(formId)) {
            return values.getOrDefault(field, "");
        }
        return usual == null ? "" : usual.toString();
    }

    /** The language of the detail (the services write English; the portal words the field errors it can). */
    public String language() {
        return problem.language();
    }

    /** The language of the field's error on the refused form (that of the detail elsewhere). */
    public String errorLanguage(String formId, String field) {
        return isFor(formId) ? problem.errorAt(field).map(Problem.FieldError::language).orElse(problem.language())
                : problem.language();
    }

    public String detail() {
        return problem.detail();
    }

    public List<Problem.FieldError> errors() {
        return problem.errors();
    }

    /**
     * The detail repeats the field errors ("identifier: must be ...") when there are some; then the list says it
     * better, with links to the fields.
     */
    public boolean showsDetail() {
        return problem.errors().isEmpty() && !problem.detail().isBlank();
    }
}
