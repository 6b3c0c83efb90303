package nl.sto.portal.regulations;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.RegulationViews;
import nl.sto.portal.client.reports.RegulationViews.Affected;
import nl.sto.portal.client.reports.RegulationViews.Due;
import nl.sto.portal.client.reports.RegulationViews.Kind;
import nl.sto.portal.client.reports.RegulationViews.Preview;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.client.reports.RegulationViews.Section;
import nl.sto.portal.client.reports.RegulationViews.Version;
import nl.sto.portal.format.Dates;
import nl.sto.portal.web.ErrorLink;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;
import nl.sto.portal.web.WebMessages;

/**
 * One regulation: its facts, its versions with the source of each date, its kinds of obligations (name, when due,
 * the parts of the report), and for ministry-admins the actions that fit its status: a draft is changed, previewed,
 * published or deleted; a published regulation is amended, with a dry run first.
 *
 * @param preview the dry run of the drafted amendment, or null before one was asked for
 * @param draft   the drafted amendment's fields, carried from the dry run into the publish form
 */
public record RegulationPage(Regulation regulation, RegulationAccess may, Preview preview, Map<String, String> draft,
        FormFeedback feedback, Outcome done, UiLanguage lang) {

    public static final String AMEND_FORM = "amend";
    public static final String DRAFT_ACTIONS = "draft-actions";
    /** How many affected obligations the dry run lists; the counts cover all of them. */
    static final int PREVIEW_ROWS = 100;

    public RegulationPage {
        draft = Map.copyOf(draft);
    }

    public static String pathOf(String id) {
        return "/ministry/regulations/" + id;
    }

    public String path() {
        return pathOf(regulation.id());
    }

    public String action(String sub) {
        return path() + "/" + sub;
    }

    public boolean mayChangeDraft() {
        return may.draft() && regulation.draft();
    }

    public boolean mayAmend() {
        return may.draft() && !regulation.draft();
    }

    /** Newest first: the version in force heads the list. */
    public List<Version> versionsNewestFirst() {
        List<Version> newestFirst = new ArrayList<>(regulation.versions());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The kinds with a fixed date: those an amendment can move, and those each version gives a date for. */
    public List<Kind> fixedKinds() {
        return regulation.kinds().stream().filter(k -> k.due() != null && k.due().fixed()).toList();
    }

    public String kindName(String code) {
        return regulation.kinds().stream().filter(k -> k.code().equals(code)).map(k -> k.name().in(lang))
                .findFirst().orElse(code);
    }

    /** When a kind's obligations fall due, in words; a fixed date is the one the version in force gives. */
    public String due(Kind kind) {
        Due due = kind.due();
        if (due != null && due.fixed() && !regulation.versions().isEmpty()) {
            LocalDate inForce = regulation.versions().get(regulation.versions().size() - 1).deadlines()
                    .get(kind.code());
            if (inForce != null) {
                due = Due.fixed(inForce);
            }
        }
        return dueText(due, lang);
    }

    static String dueText(Due due, UiLanguage lang) {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        if (due == null || due.rule() == null) {
            return texts.none();
        }
        return switch (due.rule()) {
            case RegulationViews.FIXED -> Dates.format(due.date(), lang);
            case RegulationViews.YEARLY -> texts.due_yearly(due.day() + " " + monthName(due.month(), lang));
            case RegulationViews.WEEKS_AFTER_GRANT -> texts.due_weeks(due.weeks() == null ? 0 : due.weeks());
            default -> due.rule();
        };
    }

    private static String monthName(Integer month, UiLanguage lang) {
        return month == null || month < 1 || month > 12 ? String.valueOf(month)
                : Month.of(month).getDisplayName(TextStyle.FULL, lang.locale());
    }

    /** The parts of a kind's report in the page's language, each marked required or optional. */
    public String sections(Kind kind) {
        RegulationMessages texts = Texts.of(RegulationMessages.class, lang);
        if (kind.sections().isEmpty()) {
            return texts.none();
        }
        return kind.sections().stream()
                .map(s -> s.title().in(lang) + " (" + (s.required() ? texts.required() : texts.optional()) + ")")
                .collect(Collectors.joining("; "));
    }

    public List<Section> sectionsOf(Kind kind) {
        return kind.sections();
    }

    public boolean hasPreview() {
        return preview != null;
    }

    public List<Affected> previewRows() {
        return preview == null ? List.of() : preview.obligations().stream().limit(PREVIEW_ROWS).toList();
    }

    public int previewRowsNotShown() {
        return preview == null ? 0 : Math.max(0, preview.obligations().size() - PREVIEW_ROWS);
    }

    /** The form field of a deadline; its name is the service's, so that its refusals land next to it. */
    public String deadlineField(String code) {
        return fieldOf(code);
    }

    static String fieldOf(String code) {
        return "deadlines." + code;
    }

    /** A field of the drafted amendment as typed. */
    public String drafted(String field) {
        return draft.getOrDefault(field, "");
    }

    /** The amendment form's error summary: a deadline's field is named after its kind. */
    public List<ErrorLink> amendmentErrors() {
        if (!feedback.isFor(AMEND_FORM)) {
            return List.of();
        }
        // The amendment form's other fields are labelled as on every form of the portal.
        WebMessages texts = Texts.of(WebMessages.class, lang);
        return feedback.errors().stream().map(e -> new ErrorLink("#" + AMEND_FORM + "-" + e.field(),
                e.field().startsWith("deadlines.") ? kindName(e.field().substring("deadlines.".length()))
                        : texts.field_label(e.field()),
                e.message(), e.language())).toList();
    }
}
