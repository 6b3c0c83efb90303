package nl.sto.portal.web;

import io.quarkus.qute.TemplateData;

/**
 * One entry of a form's error summary: what is wrong ({@code label}: {@code message}) and where to fix it
 * ({@code href}). Pages make these when the summary's default (the form's own field, labelled by
 * {@code web:field_label}) does not fit, e.g. a report's missing sections, each elsewhere on the page.
 * {@code language} is the message's (null: the form feedback's).
 */
@TemplateData
public record ErrorLink(String href, String label, String message, String language) {

    public ErrorLink(String href, String label, String message) {
        this(href, label, message, null);
    }

    public ErrorLink in(String messageLanguage) {
        return new ErrorLink(href, label, message, messageLanguage);
    }
}
