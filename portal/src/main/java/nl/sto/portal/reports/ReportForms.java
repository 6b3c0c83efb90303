package nl.sto.portal.reports;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/** The forms on a report page: they all go back to it, with their outcome or their refusal. */
@ApplicationScoped
public class ReportForms {

    private final ReportPageRenderer pages;

    ReportForms(ReportPageRenderer pages) {
        this.pages = pages;
    }

    /**
     * @param form   the form's id on the page; a refusal is shown with that form
     * @param done   where the person lands when it worked ({@link ReportRef#done})
     * @param action reads the fields and calls the service
     */
    public RestResponse<TemplateInstance> submit(ReportRef ref, String form, URI done, FormFields fields,
            LanguageChoice choice, Consumer<FormFields> action) {
        return Forms.handle(form, fields, action, done,
                feedback -> status -> pages.show(ref, choice, feedback, Outcome.NONE, Set.of(), status));
    }

    /**
     * Saves each changed section of the draft, one after another, each with the ETag the previous save gave. A
     * section that is refused is skipped and the others are saved; a conflict (someone else saved in between, it is
     * no longer a draft) concerns the draft as a whole and stops. Then the page again: each refusal at its section,
     * every section's text as typed, the sections saved marked so.
     */
    public RestResponse<TemplateInstance> saveDraft(ReportRef ref, DraftForm draft, LanguageChoice choice,
            SectionSave save) {
        String etag = draft.etag();
        Set<String> saved = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Problem first = null;
        for (String section : draft.changed()) {
            try {
                etag = save.save(section, etag);
                saved.add(section);
            } catch (ProblemException refused) {
                if (!Forms.shownWithTheForm(refused.status())) {
                    throw refused;
                }
                Problem told = draft.of(section).worded(refused.problem());
                if (refused.status() == 409) {
                    return refusedDraft(ref, draft, choice,
                            told.withErrors(e -> e.on(section + "." + e.field())), saved);
                }
                first = first == null ? told : first;
                errors.addAll(DraftForm.errorsOf(section, told));
            }
        }
        if (first != null) {
            return refusedDraft(ref, draft, choice,
                    new Problem(first.status(), first.title(), "", errors, choice.language().code()), saved);
        }
        return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SEE_OTHER)
                .location(ref.sectionsSaved(saved, draft.pressed())).build();
    }

    private RestResponse<TemplateInstance> refusedDraft(ReportRef ref, DraftForm draft, LanguageChoice choice,
            Problem problem, Set<String> saved) {
        FormFeedback feedback = new FormFeedback(ReportPage.DRAFT_FORM, problem, draft.fields().values());
        // As with every form: a 404 here is a section that is gone, a conflict with what the page showed.
        return pages.show(ref, choice, feedback, saved.isEmpty() ? Outcome.NONE : Outcome.SECTION_SAVED, saved,
                problem.status() == 404 ? 409 : problem.status());
    }

    /** Saves one section's fields with the given ETag, and gives the draft's new one. */
    @FunctionalInterface
    public interface SectionSave {
        String save(String section, String etag);
    }
}
