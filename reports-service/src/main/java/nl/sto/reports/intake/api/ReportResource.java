package nl.sto.reports.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.sto.common.input.CleanText;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.rest.ETags;
import nl.sto.common.rest.Paging;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.reports.intake.AttachmentCheck;
import nl.sto.reports.intake.AttachmentService;
import nl.sto.reports.intake.ReportReader;
import nl.sto.reports.intake.ReportService;
import nl.sto.reports.intake.ReportVersion;
import nl.sto.reports.intake.ReviewDecision;
import nl.sto.reports.intake.ReviewService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A region's reports: the draft its school partners write together, the lead's submission, the ministry's review,
 * and every version and step since. Access: see {@link ReportAccess}.
 */
@Path("/api/regions/{code}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportResource {

    static final String TOTAL_COUNT = "X-Total-Count";

    public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 20_000) String summary,
            @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 20_000) String> comments) {
    }

    /** The upload form, for the OpenAPI document. */
    @Schema(name = "AttachmentUpload")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "PDF, XLSX or DOCX, at most 20 MB")
        public String file;
    }

    private final ReportService reports;
    private final AttachmentCheck checks;
    private final AttachmentService attachments;
    private final ReviewService reviews;
    private final ReportReader reader;
    private final ReportViews views;
    private final ReportAccess access;
    private final CurrentCaller caller;
    private final Vertx vertx;

    public ReportResource(ReportService reports, AttachmentCheck checks, AttachmentService attachments,
            ReviewService reviews, ReportReader reader, ReportViews views, ReportAccess access, CurrentCaller caller,
            Vertx vertx) {
        this.reports = reports;
        this.checks = checks;
        this.attachments = attachments;
        this.reviews = reviews;
        this.reader = reader;
        this.views = views;
        this.access = access;
        this.caller = caller;
        this.vertx = vertx;
    }

    @GET
    @Operation(summary = "The region's reports: kind, due date, status, latest version, receipt")
    public Uni<List<ReportViews.ReportSummaryView>> list(@PathParam("code") String code) {
        return access.toRead(code)
                .flatMap(role -> reader.ofRegion(code))
                .map(list -> list.stream().map(ReportViews::summary).toList());
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "The report: its latest version (draft or submitted) with sections, attachments, receipt "
            + "and review, the last review's comments to answer, and all versions. ETag = the draft's revision")
    public Uni<RestResponse<ReportViews.ReportView>> one(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId) {
        return access.toRead(code)
                .flatMap(role -> reader.one(code, reportId)
                        .map(details -> RestResponse.ResponseBuilder.ok(views.report(details, role))
                                .header(HttpHeaders.ETAG, ETags.of(details.current().version().revision)).build()));
    }

    @PUT
    @Path("/{reportId}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one section of the draft (lead, school, mbo, po). If-Match must carry the ETag of the "
            + "revision you edited: 409 when someone saved in between or the version is submitted, 400 naming each "
            + "invalid field. Shapes: aims {activities, results}; plan-adjustments, covid-19, financial-accounting "
            + "{text}; cofinancing-realised, spending-per-year {years: [{year, amount}], explanation}")
    public Uni<RestResponse<ReportViews.DraftRevision>> saveSection(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId, @PathParam("section") String section,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, byte[] body) {
        return access.toEdit(code)
                .flatMap(role -> reports.saveSection(caller.get(), code, reportId, section, ifMatch, body))
                .map(draft -> RestResponse.ResponseBuilder.ok(new ReportViews.DraftRevision(reportId, draft.number,
                        draft.revision)).header(HttpHeaders.ETAG, ETags.of(draft.revision)).build());
    }

    @POST
    @Path("/{reportId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @Operation(summary = "Attach a file to the draft (lead, school, mbo, po): multipart/form-data with part 'file'. "
            + "PDF, XLSX or DOCX recognised by content (415 otherwise), at most 20 MB (413); 400 naming 'file' for a "
            + "zip bomb, a damaged or password-protected file, or a PDF with JavaScript or a launch action. The same "
            + "file again answers 200 with the attachment already there (Location: that one)")
    public Uni<RestResponse<ReportViews.AttachmentView>> upload(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("file", FieldErrorCode.REQUIRED,
                    "is required: a multipart part named file");
        }
        CleanText.problem(file.fileName()).ifPresent(problem -> {
            throw ProblemException.badRequest("file", "has a file name that " + problem);
        });
        AttachmentService.checkSize(file.size());
        return access.toEdit(code)
                .flatMap(role -> vertx.fileSystem().readFile(file.uploadedFile().toString()))
                .flatMap(bytes -> checks.check(file.fileName(), bytes.getBytes()))
                .flatMap(checked -> attachments.add(caller.get(), code, reportId, checked))
                .map(added -> uploaded(code, reportId, added));
    }

    /** 201 for a new attachment; 200 with the one already there when the draft has this file. */
    private static RestResponse<ReportViews.AttachmentView> uploaded(String code, UUID reportId,
            AttachmentService.Added added) {
        String location = "/api/regions/" + code + "/reports/" + reportId + "/attachments/" + added.attachment().id;
        ReportViews.AttachmentView view = ReportViews.attachment(added.attachment());
        return added.created() ? Responses.created(location, view)
                : RestResponse.ResponseBuilder.ok(view).location(URI.create(location)).build();
    }

    @GET
    @Path("/{reportId}/attachments/{attachmentId}")
    // The bytes go out as they are (the byte[] writer); the Content-Type is the file's own, set per response.
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment of any version, with its media type and file name, always as a "
            + "download (Content-Disposition: attachment, X-Content-Type-Options: nosniff)")
    public Uni<Response> download(@PathParam("code") String code, @PathParam("reportId") UUID reportId,
            @PathParam("attachmentId") UUID attachmentId) {
        // A plain Response, so that the writer is chosen at run time for the bytes and their media type: with
        // RestResponse<byte[]> the class' JSON writer sent them as a base64 string (or their toString()).
        return access.toRead(code)
                .flatMap(role -> attachments.download(code, reportId, attachmentId))
                .map(download -> Response.ok(download.bytes(), download.attachment().mediaType)
                        .header("Content-Disposition", ContentDisposition.attachment(download.attachment().filename))
                        // The browser keeps to the media type above and never guesses one from the bytes.
                        .header("X-Content-Type-Options", "nosniff")
                        .build());
    }

    @DELETE
    @Path("/{reportId}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment from the draft (lead, school, mbo, po); 409 once submitted")
    public Uni<RestResponse<Void>> remove(@PathParam("code") String code, @PathParam("reportId") UUID reportId,
            @PathParam("attachmentId") UUID attachmentId) {
        return access.toEdit(code)
                .flatMap(role -> attachments.remove(caller.get(), code, reportId, attachmentId))
                .map(done -> RestResponse.noContent());
    }

    @POST
    @Path("/{reportId}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit the draft (the region's lead only). 422 listing every missing section; the receipt: "
            + "reference, time, SHA-256 of the canonical content, and whether it is late")
    public Uni<ReportViews.ReceiptView> submit(@PathParam("code") String code, @PathParam("reportId") UUID reportId) {
        return access.toSubmit(code)
                .flatMap(role -> reports.submit(caller.get(), code, reportId))
                .map(submitted -> ReportViews.receipt(reportId, submitted));
    }

    @POST
    @Path("/{reportId}/revision")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start revising a returned report (lead, school, mbo, po): a new draft version with the "
            + "returned version's sections and attachments")
    public Uni<RestResponse<ReportViews.DraftRevision>> revise(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId) {
        return access.toEdit(code)
                .flatMap(role -> reports.revise(caller.get(), code, reportId))
                .map(draft -> Responses.created(versionPath(code, reportId, draft),
                        new ReportViews.DraftRevision(reportId, draft.number, draft.revision)));
    }

    @GET
    @Path("/{reportId}/versions/{number}")
    @Operation(summary = "One version as it was drafted or submitted, with its receipt and review")
    public Uni<ReportViews.VersionView> version(@PathParam("code") String code, @PathParam("reportId") UUID reportId,
            @PathParam("number") int number) {
        return access.toRead(code)
                .flatMap(role -> reader.one(code, reportId).flatMap(details -> reader.version(code, reportId, number)
                        .map(version -> views.version(version, details.kind().reportSections(), reportId))));
    }

    @GET
    @Path("/{reportId}/versions/{number}/changes")
    @Operation(summary = "What changed in this version since the version it was based on (a returned one): per "
            + "section ADDED, REMOVED, CHANGED or UNCHANGED with the content before and after; attachments added and "
            + "removed. 404 for a first version")
    public Uni<ReportViews.VersionChangesView> changes(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId, @PathParam("number") int number) {
        return access.toRead(code)
                .flatMap(role -> reader.changes(code, reportId, number))
                .map(ReportViews::changes);
    }

    /** The role check comes before the body is read: a region's own people get 403 for any body, never a 400. */
    @POST
    @Path("/{reportId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER})
    @Operation(summary = "Review the submitted version (ministry-admin, reviewer): decision ACCEPT or RETURN, "
            + "a summary, and comments per section ({section: comment}; a return needs at least one)")
    public Uni<ReportViews.ReviewView> review(@PathParam("code") String code, @PathParam("reportId") UUID reportId,
            @Valid @NotNull ReviewRequest request) {
        return access.toReview(code)
                .flatMap(role -> reviews.review(caller.get(), code, reportId, request.decision(), request.summary(),
                        request.comments()))
                .map(views::review);
    }

    @GET
    @Path("/{reportId}/audit")
    @Operation(summary = "The report's audit trail, oldest first: who did what to which version, when. With "
            + "latest=N (1-200) only the newest N entries, still oldest first; X-Total-Count: the entries in all")
    public Uni<RestResponse<List<ReportViews.AuditView>>> audit(@PathParam("code") String code,
            @PathParam("reportId") UUID reportId, @QueryParam("latest") String latest) {
        Integer count = Paging.count("latest", latest);
        return access.toRead(code)
                .flatMap(role -> reader.audit(code, reportId, count))
                .map(trail -> RestResponse.ResponseBuilder.ok(trail.entries().stream().map(ReportViews::audit).toList())
                        .header(TOTAL_COUNT, trail.total()).build());
    }

    private static String versionPath(String code, UUID reportId, ReportVersion version) {
        return "/api/regions/" + code + "/reports/" + reportId + "/versions/" + version.number;
    }
}
