package nl.sto.portal.regulations;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.reports.RegulationViews.Amendment;
import nl.sto.portal.client.reports.RegulationViews.Draft;
import nl.sto.portal.client.reports.RegulationViews.Kind;
import nl.sto.portal.client.reports.RegulationViews.Preview;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/**
 * The ministry's regulations: the list (current first), one regulation with its versions, sources and kinds of
 * obligations, and for ministry-admins drafting a new regulation (without JavaScript), its dry run, publishing it
 * after a confirmation, deleting a draft, and amending a published one after a dry run. Reviewers and the monitor
 * team read; anyone else gets "Geen toegang". reports-service checks every action again.
 */
@Path("/ministry/regulations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RegulationsResource {

    /** The value of the draft form's "add an obligation" button; any other submit saves. */
    static final String ADD_KIND = "add-kind";
    static final String ACTION = "action";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(UiLanguage lang, PortalUser user, RegulationsPage page);

        static native TemplateInstance regulation(UiLanguage lang, PortalUser user, RegulationPage page);

        static native TemplateInstance draftForm(UiLanguage lang, PortalUser user, DraftFormPage page);

        static native TemplateInstance preview(UiLanguage lang, PortalUser user, DraftPreviewPage page);

        static native TemplateInstance confirm(UiLanguage lang, PortalUser user, DraftPreviewPage page);
    }

    private final ReportsClient reports;
    private final CurrentUser currentUser;

    RegulationsResource(@RestClient ReportsClient reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The regulations (programme periods), current first; drafts too for ministry-admins")
    public RestResponse<TemplateInstance> list(@RestQuery String done, @BeanParam LanguageChoice choice) {
        RegulationAccess may = access().toRead();
        RegulationsPage page = new RegulationsPage(reports.regulations(), may, Outcome.fromCode(done));
        return Pages.render(Templates.list(choice.language(), currentUser.get(), page), choice);
    }

    @GET
    @Path("new")
    @Operation(summary = "The form for a new draft regulation")
    public RestResponse<TemplateInstance> newDraft(@BeanParam LanguageChoice choice) {
        access().toDraft();
        return form(RegulationForm.empty(reports.sectionTypes()), FormFeedback.NONE, choice, 200);
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a new draft (form: the draft's fields, named as in the service's RegulationDraft); "
            + "action=add-kind shows the form again with one more kind")
    public RestResponse<TemplateInstance> createDraft(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        return saveDraft(form, false, choice);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A regulation: its versions and sources, its kinds of obligations, and what may be done")
    public RestResponse<TemplateInstance> regulation(@RestPath String id, @RestQuery String done,
            @BeanParam LanguageChoice choice) {
        access().toRead();
        return show(id, null, Map.of(), FormFeedback.NONE, Outcome.fromCode(done), choice, 200);
    }

    @GET
    @Path("{id}/edit")
    @Operation(summary = "The form of a saved draft")
    public RestResponse<TemplateInstance> editDraft(@RestPath String id, @BeanParam LanguageChoice choice) {
        access().toDraft();
        return form(RegulationForm.of(reports.regulation(id), reports.sectionTypes()), FormFeedback.NONE, choice,
                200);
    }

    @POST
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a changed draft (as a new one's form); action=add-kind adds a kind")
    public RestResponse<TemplateInstance> changeDraft(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        MultivaluedMap<String, String> posted = new MultivaluedHashMap<>(form);
        posted.putSingle("id", id);
        return saveDraft(posted, true, choice);
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "Dry run of publishing a draft: which regions would get which obligations")
    public RestResponse<TemplateInstance> preview(@RestPath String id, @BeanParam LanguageChoice choice) {
        access().toDraft();
        DraftPreviewPage page = new DraftPreviewPage(reports.regulation(id), reports.previewDraft(id),
                FormFeedback.NONE, choice.language());
        return Pages.render(Templates.preview(choice.language(), currentUser.get(), page), choice);
    }

    @GET
    @Path("{id}/publish")
    @Operation(summary = "The confirmation before publishing a draft: how many obligations for how many regions")
    public RestResponse<TemplateInstance> confirm(@RestPath String id, @BeanParam LanguageChoice choice) {
        access().toDraft();
        return confirmPage(id, FormFeedback.NONE, choice, 200);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publish a draft: every region taking part gets its obligations; cannot be undone")
    public RestResponse<TemplateInstance> publish(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        return Forms.handle(DraftPreviewPage.PUBLISH_FORM, FormFields.of(form, choice.language()),
                f -> reports.publishDraft(id), done(id, Outcome.REGULATION_PUBLISHED),
                feedback -> status -> confirmPage(id, feedback, choice, status));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delete a draft (a published regulation stays)")
    public RestResponse<TemplateInstance> delete(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        URI list = Outcome.DRAFT_DELETED.at("/ministry/regulations");
        return Forms.handle(RegulationPage.DRAFT_ACTIONS, FormFields.of(form, choice.language()),
                f -> reports.deleteDraft(id), list,
                feedback -> status -> show(id, null, Map.of(), feedback, Outcome.NONE, choice, status));
    }

    @POST
    @Path("{id}/amendments/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dry run of an amendment (form: legalReference, title, publishedOn, effectiveOn, "
            + "sourceNote, deadlines.<KIND>); changes nothing")
    public RestResponse<TemplateInstance> previewAmendment(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        Regulation regulation = reports.regulation(id);
        FormFields fields = FormFields.of(form, choice.language());
        try {
            Preview preview = reports.previewAmendment(id, amendment(fields, regulation));
            return show(regulation, preview, fields.values(), FormFeedback.NONE, Outcome.NONE, choice, 200);
        } catch (ProblemException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            return show(regulation, null, Map.of(),
                    new FormFeedback(RegulationPage.AMEND_FORM, fields.worded(refused.problem()), fields.values()),
                    Outcome.NONE, choice, refused.status());
        }
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publish the amendment: every affected obligation moves, with its history")
    public RestResponse<TemplateInstance> amend(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        access().toDraft();
        Regulation regulation = reports.regulation(id);
        return Forms.handle(RegulationPage.AMEND_FORM, FormFields.of(form, choice.language()),
                f -> reports.publishAmendment(id, amendment(f, regulation)), done(id, Outcome.AMENDMENT_PUBLISHED),
                feedback -> status -> show(regulation, null, Map.of(), feedback, Outcome.NONE, choice, status));
    }

    private RestResponse<TemplateInstance> saveDraft(MultivaluedMap<String, String> posted, boolean saved,
            LanguageChoice choice) {
        FormFields fields = FormFields.of(posted, choice.language());
        RegulationForm form = RegulationForm.posted(fields.values(), reports.sectionTypes(), saved);
        if (ADD_KIND.equals(fields.text(ACTION))) {
            return form(form.withAnotherKind(), FormFeedback.NONE, choice, 200);
        }
        try {
            Draft draft = form.draft(fields);
            Regulation result = saved ? reports.saveDraft(draft.id(), draft) : reports.createDraft(draft);
            return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SEE_OTHER)
                    .location(done(result.id(), Outcome.DRAFT_SAVED)).build();
        } catch (ProblemException refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            FormFeedback feedback = new FormFeedback(RegulationForm.ID,
                    fields.worded(form.inFormTerms(refused.problem())), fields.values());
            return form(form, feedback, choice, refused.status());
        }
    }

    private RestResponse<TemplateInstance> form(RegulationForm form, FormFeedback feedback, LanguageChoice choice,
            int status) {
        DraftFormPage page = new DraftFormPage(form, feedback, choice.language());
        return Pages.render(Templates.draftForm(choice.language(), currentUser.get(), page), choice, status);
    }

    private RestResponse<TemplateInstance> confirmPage(String id, FormFeedback feedback, LanguageChoice choice,
            int status) {
        DraftPreviewPage page = new DraftPreviewPage(reports.regulation(id), reports.previewDraft(id), feedback,
                choice.language());
        return Pages.render(Templates.confirm(choice.language(), currentUser.get(), page), choice, status);
    }

    private RestResponse<TemplateInstance> show(String id, Preview preview, Map<String, String> draft,
            FormFeedback feedback, Outcome done, LanguageChoice choice, int status) {
        return show(reports.regulation(id), preview, draft, feedback, done, choice, status);
    }

    private RestResponse<TemplateInstance> show(Regulation regulation, Preview preview, Map<String, String> draft,
            FormFeedback feedback, Outcome done, LanguageChoice choice, int status) {
        RegulationPage page = new RegulationPage(regulation, access(), preview, draft, feedback, done,
                choice.language());
        return Pages.render(Templates.regulation(choice.language(), currentUser.get(), page), choice, status);
    }

    private RegulationAccess access() {
        return RegulationAccess.of(currentUser.get());
    }

    private static URI done(String id, Outcome outcome) {
        return outcome.at(RegulationPage.pathOf(id));
    }

    /** The drafted amendment; deadlines left empty keep their date. */
    private static Amendment amendment(FormFields fields, Regulation regulation) {
        LocalDate publishedOn = fields.date("publishedOn");
        LocalDate effectiveOn = fields.date("effectiveOn");
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (Kind kind : regulation.kinds()) {
            if (kind.due() != null && kind.due().fixed()) {
                LocalDate date = fields.optionalDate(RegulationPage.fieldOf(kind.code()));
                if (date != null) {
                    deadlines.put(kind.code(), date);
                }
            }
        }
        return fields.request(() -> new Amendment(fields.text("legalReference"), fields.text("title"), publishedOn,
                effectiveOn, fields.text("sourceNote"), deadlines));
    }
}
