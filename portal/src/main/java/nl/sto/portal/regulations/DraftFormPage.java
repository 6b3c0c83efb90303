package nl.sto.portal.regulations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateData;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.RegulationViews.SectionType;
import nl.sto.portal.web.ErrorLink;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Texts;

/**
 * The page with the form for a draft regulation ({@link RegulationForm}), with its error summary: each refused field
 * linked to its place in the form and named with the kind (and the free-text part) it belongs to.
 */
public record DraftFormPage(RegulationForm form, FormFeedback feedback, UiLanguage lang) {

    private static final Pattern FREE = Pattern.compile("^kinds\\[(\\d+)]\\.free\\[(\\d+)]\\.(.+)$");
    private static final Pattern SECTION = Pattern.compile("^kinds\\[(\\d+)]\\.sections\\.(.+)$");
    private static final Pattern KIND = Pattern.compile("^kinds\\[(\\d+)](?:\\.(.+))?$");

    public String formId() {
        return RegulationForm.ID;
    }

    /** Where the form posts: a new draft, or the saved one's. */
    public String action() {
        return form.saved() ? RegulationPage.pathOf(form.value("id")) + "/draft" : "/ministry/regulations/drafts";
    }

    public String cancel() {
        return form.saved() ? RegulationPage.pathOf(form.value("id")) : "/ministry/regulations";
    }

    public String label(String field) {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        Matcher free = FREE.matcher(field);
        if (free.matches()) {
            return texts.free_field(texts.field_label(free.group(3)), Integer.parseInt(free.group(1)) + 1,
                    Integer.parseInt(free.group(2)) + 1);
        }
        Matcher section = SECTION.matcher(field);
        if (section.matches()) {
            String type = section.group(2);
            String title = form.sectionTypes().stream().filter(t -> t.type().equals(type))
                    .map(t -> t.title().in(lang)).findFirst().orElse(type);
            return texts.kind_field(title, Integer.parseInt(section.group(1)) + 1);
        }
        Matcher kind = KIND.matcher(field);
        if (kind.matches()) {
            String rest = kind.group(2) == null ? "kinds" : kind.group(2);
            return texts.kind_field(texts.field_label(rest), Integer.parseInt(kind.group(1)) + 1);
        }
        return texts.field_label(field);
    }

    /** The label of a kind's field inside its own fieldset, which already says which kind it is. */
    public String shortLabel(String name) {
        return Texts.of(RegulationMessages.class, lang).field_label(name);
    }

    public String sectionTitle(SectionType type) {
        return type.title().in(lang);
    }

    public List<Choice> reportChoices() {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        return List.of(new Choice("true", texts.report_yes()), new Choice("false", texts.report_no()));
    }

    public List<Choice> dueRuleChoices() {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        return RegulationForm.DUE_RULES.stream().map(r -> new Choice(r, texts.due_rule(r))).toList();
    }

    /** A catalogue section: left out, required or optional. */
    public List<Choice> sectionChoices() {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        return List.of(new Choice(RegulationForm.LEFT_OUT, texts.left_out()),
                new Choice(RegulationForm.REQUIRED, texts.required()),
                new Choice(RegulationForm.OPTIONAL, texts.optional()));
    }

    /** A free-text section is required unless marked optional. */
    public List<Choice> requiredChoices() {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        return List.of(new Choice(RegulationForm.REQUIRED, texts.required()),
                new Choice(RegulationForm.OPTIONAL, texts.optional()));
    }

    public List<ErrorLink> errorLinks() {
        if (!feedback.isFor(RegulationForm.ID)) {
            return List.of();
        }
        return feedback.errors().stream()
                .map(e -> new ErrorLink("#" + RegulationForm.ID + "-" + e.field(), label(e.field()), e.message(),
                        e.language()))
                .toList();
    }

    public boolean hasError(String field) {
        return feedback.hasError(RegulationForm.ID, field);
    }

    public String error(String field) {
        return feedback.error(RegulationForm.ID, field);
    }

    public String errorLanguage(String field) {
        return feedback.errorLanguage(RegulationForm.ID, field);
    }

    /** One option of a choice field. */
    @TemplateData
    public record Choice(String value, String label) {
    }
}
