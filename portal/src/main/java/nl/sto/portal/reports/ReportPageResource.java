package nl.sto.portal.reports;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.ServiceCalls;
import nl.sto.portal.client.ServiceCalls.Pending;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.client.reports.ReportCommands.Review;
import nl.sto.portal.client.reports.ReportViews;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.Version;
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.format.Dates;
import nl.sto.portal.reports.ReportPage.SectionPrefill;
import nl.sto.portal.web.Confirmation;
import nl.sto.portal.web.ConfirmationPages;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * A report's page and its forms: sections, attachments, submission and revision (the region's school partners),
 * the review (ministry-admins, reviewers), a version as it was, and the attachments' downloads. reports-service
 * decides who may do what; its refusals come back with the form, or as an error page.
 * <p>
 * One class for the page and its forms on purpose: Quarkus REST routes a request to the resource class with the
 * longest matching path and does not fall back to another class, so forms in a class of their own below the
 * report's path would hide the page's GETs.
 */
@Path("/{audience: school|business|ministry}/regions/{code}/reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReportPageResource {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance version(UiLanguage lang, PortalUser user, VersionPage page);
    }

    private final ReportPageRenderer pages;
    private final ReportForms forms;
    private final ReportsClient reports;
    private final RegionsClient regions;
    private final CurrentUser currentUser;
    private final ConfirmationPages confirmations;
    private final ServiceCalls calls;

    ReportPageResource(ReportPageRenderer pages, ReportForms forms, @RestClient ReportsClient reports,
            @RestClient RegionsClient regions, CurrentUser currentUser, ConfirmationPages confirmations,
            ServiceCalls calls) {
        this.pages = pages;
        this.calls = calls;
        this.confirmations = confirmations;
        this.forms = forms;
        this.reports = reports;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{reportId}")
    @Operation(summary = "The report: status, due date, sections, attachments, receipt, review, versions, the newest "
            + "steps of its audit trail (all with audit=all)")
    public RestResponse<TemplateInstance> report(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, @RestQuery String done, @RestQuery List<String> section,
            @RestQuery String audit, @BeanParam LanguageChoice choice) {
        return pages.visit(new ReportRef(audience, code, reportId), choice, Outcome.fromCode(done),
                section == null ? Set.of() : Set.copyOf(section), "all".equals(audit));
    }

    @GET
    @Path("{reportId}/versions/{number}")
    @Operation(summary = "One version of the report as it was drafted or submitted, read-only")
    public RestResponse<TemplateInstance> version(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, @RestPath int number, @BeanParam LanguageChoice choice) {
        VersionPage page = new VersionPage(new ReportRef(audience, code, reportId), regions.region(code),
                reports.report(code, reportId).getEntity(), reports.version(code, reportId, number));
        return Pages.render(Templates.version(choice.language(), currentUser.get(), page), choice);
    }

    @GET
    @Path("{reportId}/versions/{number}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The receipt of a submitted version as a PDF to keep (in the page's language); 404 for a "
            + "version not submitted")
    public Response receipt(@RestPath String code, @RestPath String reportId, @RestPath int number,
            @BeanParam LanguageChoice choice) {
        Pending<RegionDetail> region = calls.start(() -> regions.region(code));
        Pending<Report> report = calls.start(() -> reports.report(code, reportId).getEntity());
        Version version = reports.version(code, reportId, number);
        if (version.receipt() == null) {
            throw new ProblemException(new Problem(404, "Not found", "Version " + number + " of report " + reportId
                    + " has not been submitted, so it has no receipt", List.of(), null));
        }
        ReportMessages texts = Texts.of(ReportMessages.class, choice.language());
        ReceiptPdf receipt = new ReceiptPdf(report.get().kindName().in(choice.language()), region.get().name(),
                number, version.receipt());
        return Response.ok(receipt.render(texts, choice.language()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + receipt.fileName(texts) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Through the portal, because the browser has no token for reports-service; the service checks access. Always
     * saved, never shown in the portal's pages ({@link AttachmentDisposition}); the security headers forbid
     * browsers to guess another type than the service's.
     */
    @GET
    @Path("{reportId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of any version")
    public Response download(@RestPath String code, @RestPath String reportId, @RestPath String attachmentId) {
        RestResponse<byte[]> file = reports.download(code, reportId, attachmentId);
        // A plain Response: Quarkus REST then picks the writer for the bytes at run time, by their class and the
        // service's media type; with RestResponse<byte[]> it wrote the array's toString().
        return Response.ok(file.getEntity(), file.getHeaderString(HttpHeaders.CONTENT_TYPE))
                .header("Content-Disposition", AttachmentDisposition.of(file.getHeaderString("Content-Disposition")))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("{reportId}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save every section of the draft that was changed (form: each section's fields under its "
            + "key, <key>.shape, <key>.shown: the digest of what the page showed; etag: the version check; at: the "
            + "section whose button was pressed). The sections that cannot be saved come back with their reasons and "
            + "what was typed in every section; the others are saved")
    public RestResponse<TemplateInstance> saveSections(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        DraftForm draft = new DraftForm(FormFields.of(form, choice.language()));
        return forms.saveDraft(new ReportRef(audience, code, reportId), draft, choice,
                (section, etag) -> saveSection(code, reportId, section, draft.of(section), etag, choice.language()));
    }

    @POST
    @Path("{reportId}/sections/{section}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one section while it is typed (the page's script: the draft form's etag and the "
            + "section's fields): JSON with the draft's new ETag and the line the section shows; 400 (incomplete), "
            + "409 (changed by someone else) or the service's refusal, with the line that says why nothing was saved")
    public RestResponse<SectionAutosave> autosave(@RestPath String code, @RestPath String reportId,
            @RestPath String section, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        ReportMessages texts = Texts.of(ReportMessages.class, choice.language());
        DraftForm draft = new DraftForm(FormFields.of(form, choice.language()));
        try {
            String etag = saveSection(code, reportId, section, draft.of(section), draft.etag(), choice.language());
            String time = LocalTime.now(Dates.PROGRAMME_ZONE).format(CLOCK_TIME);
            return RestResponse.ok(SectionAutosave.saved(etag, texts.autosave_saved(time)));
        } catch (ProblemException refused) {
            return RestResponse.status(Response.Status.fromStatusCode(refused.status()),
                    SectionAutosave.notSaved(notSaved(refused.status(), texts)));
        }
    }

    @POST
    @Path("{reportId}/sections/{section}/figures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Put the region's figures into a section's text (form: the draft's form as typed): the page "
            + "again with that text in the section's form and every other section as typed, saved only when the "
            + "person saves it")
    public RestResponse<TemplateInstance> insertFigures(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, @RestPath String section, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        RegionFiguresPanel figures = pages.figures(code);
        FormFields fields = FormFields.of(form, choice.language());
        String typed = new DraftForm(fields).of(section).text(SectionInput.TEXT);
        String text = figures.insertable() ? figures.insertedInto(typed, choice.language()) : typed;
        return pages.showPrefilled(ref, choice, fields.values(), new SectionPrefill(section, text));
    }

    @POST
    @Path("{reportId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to the draft (multipart form: file)")
    public RestResponse<TemplateInstance> upload(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, @RestForm("file") FileUpload file, @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        return forms.submit(ref, "add-attachment", ref.done(Outcome.ATTACHMENT_ADDED),
                FormFields.of(new MultivaluedHashMap<>(), choice.language()), choice, fields -> {
                    FileUpload chosen = fields.file("file", file);
                    reports.upload(code, reportId, fields.request(() -> ClientMultipartForm.create().fileUpload(chosen)));
                });
    }

    @POST
    @Path("{reportId}/attachments/{attachmentId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Remove an attachment from the draft")
    public RestResponse<TemplateInstance> removeAttachment(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, @RestPath String attachmentId, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        return forms.submit(ref, "remove-attachment-" + attachmentId, ref.done(Outcome.ATTACHMENT_REMOVED),
                FormFields.of(form, choice.language()), choice,
                fields -> reports.removeAttachment(code, reportId, attachmentId));
    }

    @POST
    @Path("{reportId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit the draft (the region's lead); 422 lists every section still missing")
    public RestResponse<TemplateInstance> submit(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        FormFields fields = FormFields.of(form, choice.language());
        if (!Confirmation.given(fields)) {
            ReportMessages texts = Texts.of(ReportMessages.class, choice.language());
            return confirmations.ask(confirmation(ref, "submit", fields, texts.confirm_submit_title(),
                    texts::confirm_submit_text, texts.confirm_submit_button(), choice.language()), choice);
        }
        return forms.submit(ref, ReportPage.SUBMIT_FORM, ref.done(Outcome.REPORT_SUBMITTED), fields, choice,
                f -> reports.submit(code, reportId));
    }

    @POST
    @Path("{reportId}/revision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Start revising a returned report in a new version")
    public RestResponse<TemplateInstance> revise(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        return forms.submit(ref, "revise", ref.done(Outcome.REVISION_STARTED), FormFields.of(form, choice.language()),
                choice, fields -> reports.revise(code, reportId));
    }

    @POST
    @Path("{reportId}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Review the submitted version (form: decision ACCEPT or RETURN, summary, comments.<section>)")
    public RestResponse<TemplateInstance> review(@RestPath String audience, @RestPath String code,
            @RestPath String reportId, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        ReportRef ref = new ReportRef(audience, code, reportId);
        FormFields fields = FormFields.of(form, choice.language());
        Optional<Confirmation> confirmation = reviewConfirmation(ref, fields, choice.language());
        if (confirmation.isPresent() && !Confirmation.given(fields)) {
            return confirmations.ask(confirmation.get(), choice);
        }
        return forms.submit(ref, ReportPage.REVIEW_FORM, ref.done(Outcome.REPORT_REVIEWED), fields, choice,
                f -> reports.review(code, reportId, new Review(f.text("decision"), f.text("summary"), comments(f))));
    }

    /**
     * What a review decision does, for its confirmation; none for a form without a known decision, which the service
     * refuses with the reason next to the form.
     */
    private Optional<Confirmation> reviewConfirmation(ReportRef ref, FormFields fields, UiLanguage language) {
        ReportMessages texts = Texts.of(ReportMessages.class, language);
        return switch (String.valueOf(fields.text("decision"))) {
            case "ACCEPT" -> Optional.of(confirmation(ref, "review", fields, texts.confirm_review_title(),
                    texts::confirm_accept_text, texts.confirm_accept_button(), language));
            case "RETURN" -> Optional.of(confirmation(ref, "review", fields, texts.confirm_review_title(),
                    texts::confirm_return_text, texts.confirm_return_button(), language));
            default -> Optional.empty();
        };
    }

    /** A confirmation of a report's form, whose text names the report and its region. */
    private Confirmation confirmation(ReportRef ref, String action, FormFields fields, String title,
            BinaryOperator<String> consequence, String button, UiLanguage language) {
        String kind = reports.report(ref.code(), ref.reportId()).getEntity().kindName().in(language);
        String region = regions.region(ref.code()).name();
        return new Confirmation(ref.menuItem(), title, consequence.apply(kind, region), button,
                ref.page() + "/" + action, ref.page(), fields.values());
    }

    /** The comment fields that were filled in, by section key; an empty field is no comment. */
    private static Map<String, String> comments(FormFields fields) {
        Map<String, String> comments = new TreeMap<>();
        fields.values().keySet().stream().filter(name -> name.startsWith(ReportPage.COMMENT_FIELD))
                .forEach(name -> {
                    String comment = fields.text(name);
                    if (comment != null) {
                        comments.put(name.substring(ReportPage.COMMENT_FIELD.length()), comment);
                    }
                });
        return comments;
    }

    private static String notSaved(int status, ReportMessages texts) {
        return switch (status) {
            case 400 -> texts.autosave_incomplete();
            case 409 -> texts.autosave_conflict();
            default -> texts.autosave_refused();
        };
    }

    /**
     * Saves one section's fields with the version check, and gives the draft's new ETag. Its refusal comes back in
     * the form's terms: a version conflict in the person's words, the service's row numbers as the form's.
     */
    private String saveSection(String code, String reportId, String section, FormFields fields, String etag,
            UiLanguage language) {
        SectionInput input = SectionInput.read(shapeOf(code, reportId, section, fields), fields);
        Object body = fields.request(input::body);
        try {
            return reports.saveSection(code, reportId, section, etag, body).getHeaderString(HttpHeaders.ETAG);
        } catch (ProblemException refused) {
            throw isVersionConflict(refused) ? conflict(language) : input.inFormTerms(refused);
        }
    }

    /** The service's 409 for an edit of an older revision names neither a field nor a state ({@code code}). */
    private static boolean isVersionConflict(ProblemException refused) {
        return refused.status() == 409 && refused.problem().code() == null && refused.problem().errors().isEmpty();
    }

    /**
     * The form of a section follows its shape, which the service gave with the report's sections: the page's form
     * carries it back (a section saved while typed is not worth reading the whole report again); a form without it is
     * answered by asking. A wrong shape posted on purpose only makes a body the service refuses.
     */
    private SectionShape shapeOf(String code, String reportId, String section, FormFields fields) {
        return SectionShape.named(fields.text(DraftForm.SHAPE)).orElseGet(() -> shapeOf(code, reportId, section));
    }

    private SectionShape shapeOf(String code, String reportId, String section) {
        Report report = reports.report(code, reportId).getEntity();
        return report.current() == null ? SectionShape.TEXT
                : report.current().sections().stream().filter(s -> s.section().equals(section))
                        .map(ReportViews.Section::shape).findFirst().orElse(SectionShape.TEXT);
    }

    /**
     * The service's conflict says that the draft moved on since the page was read; the person needs to hear it in
     * their words, with their own text kept in the form (the page shows what is saved now beside it).
     */
    private static ProblemException conflict(UiLanguage language) {
        return new ProblemException(new Problem(409, "Conflict", Texts.of(ReportMessages.class, language).conflict(),
                List.of(), language.code()));
    }
}
