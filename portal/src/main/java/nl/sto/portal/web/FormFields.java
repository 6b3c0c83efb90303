package nl.sto.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.format.EuroAmounts;
import nl.sto.portal.security.FormToken;

/**
 * The fields of a posted form as typed, and the reading of the few that the portal must convert before a service
 * can understand them (years, euro amounts in the person's notation, dates, a chosen file). Everything else - required fields,
 * formats of codes, business rules - is checked by the service, once; its answer names the field the same way.
 */
public final class FormFields {

    /** Browsers without a date picker send what was typed; Dutch people type 1-2-2021. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final Map<String, String> values;
    private final UiLanguage language;
    private final WebMessages texts;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private FormFields(Map<String, String> values, UiLanguage language) {
        this.values = values;
        this.language = language;
        this.texts = Texts.of(WebMessages.class, language);
    }

    /** The posted fields, less the CSRF token: it was checked before, and nobody typed it. */
    public static FormFields of(MultivaluedMap<String, String> form, UiLanguage language) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        values.remove(FormToken.FIELD);
        return new FormFields(values, language);
    }

    /** As typed, to show the form again. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** The fields' names in the order the form sent them, which is the page's order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /**
     * The fields named {@code <prefix><name>}, by {@code <name>}: one part of a form that holds several, such as a
     * report's section in the form of the whole draft.
     */
    public FormFields within(String prefix) {
        Map<String, String> part = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                part.put(name.substring(prefix.length()), value);
            }
        });
        return new FormFields(part, language);
    }

    /** Trimmed; null when empty, so that the service's own "required" rule speaks. */
    public String text(String field) {
        String value = values.getOrDefault(field, "").trim();
        return value.isEmpty() ? null : value;
    }

    public Integer year(String field) {
        String value = text(field);
        if (value != null && value.matches("\\d{4}")) {
            return Integer.valueOf(value);
        }
        return reject(field, texts.input_year());
    }

    /** Empty is fine (the service's own "required" rule speaks); anything else must be a whole number. */
    public Integer optionalNumber(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{1,6}")) {
            return Integer.valueOf(value);
        }
        return reject(field, texts.input_number());
    }

    public BigDecimal euros(String field) {
        return EuroAmounts.parse(text(field), language).orElseGet(() -> reject(field, texts.input_amount()));
    }

    public LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return reject(field, texts.input_date());
        }
        return optionalDate(field);
    }

    /** Empty is fine (the service then takes today); anything else must be a date. */
    public LocalDate optionalDate(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("-") && value.indexOf('-') == 4 ? LocalDate.parse(value)
                    : LocalDate.parse(value, TYPED_DATE);
        } catch (DateTimeParseException e) {
            return reject(field, texts.input_date());
        }
    }

    /** The file chosen in a file field; browsers send an empty part without a name when none was chosen. */
    public FileUpload file(String field, FileUpload upload) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return reject(field, texts.input_file());
        }
        return upload;
    }

    /**
     * Builds the service's request from the fields read so far; if any of them could not be read, refuses the
     * form the way a service would (400 naming each field), without calling the service.
     */
    public <T> T request(Supplier<T> build) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(Problem.invalidInput(detail, errors, language.code()));
        }
        return build.get();
    }

    /**
     * The service's refusal with its detail and each field error whose code the portal knows told in the page's
     * language; the others keep the service's English.
     */
    public Problem worded(Problem refused) {
        String detail = refused.code() == null ? ""
                : texts.problem_detail(refused.code(), ErrorValues.of(refused.params(), language));
        Problem told = detail.isBlank() ? refused : refused.withDetail(detail, language.code());
        return told.withErrors(e -> {
            String text = e.code() == null ? "" : texts.field_error(e.code(), ErrorValues.of(e.params(), language));
            return text.isBlank() ? e : e.worded(text, language.code());
        });
    }

    private <T> T reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return null;
    }
}
