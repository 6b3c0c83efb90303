package nl.sto.portal.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.sto.portal.client.Problem;
import nl.sto.portal.web.FormFields;

/**
 * The report's draft as its page posts it: one form with every section's fields under the section's key
 * ({@code aim-duurzaam.activities}), so that saving, with or without JavaScript, never leaves out what was typed in
 * another section. Each section also sends its shape ({@code <key>.shape}) and a digest of the values the page showed
 * ({@code <key>.shown}); a section whose fields still match that digest was not changed and is not saved again.
 */
record DraftForm(FormFields fields) {

    static final String SHAPE = "shape";
    static final String SHOWN = "shown";
    /** The name of each section's save button, whose value is the section's key: the page returns there. */
    static final String PRESSED = "at";

    /** The sections the form holds (in no particular order: a posted form's fields come as a map). */
    List<String> sections() {
        String suffix = "." + SHAPE;
        return fields.names().stream().filter(name -> name.endsWith(suffix))
                .map(name -> name.substring(0, name.length() - suffix.length())).toList();
    }

    /** The sections whose fields differ from what the page showed. */
    List<String> changed() {
        return sections().stream().filter(this::changed).toList();
    }

    boolean changed(String section) {
        FormFields part = of(section);
        return !digest(part.values()).equals(part.values().getOrDefault(SHOWN, ""));
    }

    /** One section's fields, by their names within the section ({@code activities}). */
    FormFields of(String section) {
        return fields.within(section + ".");
    }

    String etag() {
        return fields.text("etag");
    }

    /** The section whose save button was pressed; null when the form was sent otherwise, or names none of its own. */
    String pressed() {
        String pressed = fields.text(PRESSED);
        return sections().contains(pressed) ? pressed : null;
    }

    /**
     * A section's refusal in the terms of the whole form: each field error on the field's name in the draft
     * ({@code <key>.<field>}), and a refusal that names no field on the section itself ({@code <key>}).
     */
    static List<Problem.FieldError> errorsOf(String section, Problem refused) {
        if (refused.errors().isEmpty()) {
            return List.of(new Problem.FieldError(section, null, refused.detail(), refused.language()));
        }
        return refused.errors().stream().map(e -> e.on(section + "." + e.field())).toList();
    }

    /** The section a field of the draft's form belongs to: {@code aim-duurzaam} of {@code aim-duurzaam.results}. */
    static String sectionOf(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /**
     * What identifies a section's values as a form shows or sends them: each field that is not empty, by name,
     * trimmed and with the browser's line ends (CRLF) as the page's, so that text sent back unchanged matches.
     */
    static String digest(Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>();
        values.forEach((name, value) -> {
            String normalised = value == null ? "" : value.replace("\r\n", "\n").strip();
            if (!normalised.isEmpty() && !name.equals(SHAPE) && !name.equals(SHOWN)) {
                sorted.put(name, normalised);
            }
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('\u0000').append(value).append('\u0000'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
