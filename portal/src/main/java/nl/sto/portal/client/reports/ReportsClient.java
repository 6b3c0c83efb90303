package nl.sto.portal.client.reports;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import nl.sto.portal.client.AccessTokenForwarder;
import nl.sto.portal.client.ProblemResponseMapper;
import nl.sto.portal.client.reports.ReportCommands.Review;
import nl.sto.portal.client.reports.ReportViews.AuditEntry;
import nl.sto.portal.client.reports.ReportViews.Receipt;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.ReportSummary;
import nl.sto.portal.client.reports.ReportViews.Version;
import nl.sto.portal.client.reports.ReportViews.VersionChanges;

/** reports-service's API (see reports-service/README.md), called as the logged-in person, like regions-service's. */
@RegisterRestClient(configKey = "reports")
@RegisterProvider(AccessTokenForwarder.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReportsClient {

    @GET
    @Path("/regions/{code}/obligations")
    List<ObligationView> obligations(@PathParam("code") String code);

    /** Every region's obligations with the status, e.g. OVERDUE: who is late. */
    @GET
    @Path("/obligations")
    List<ObligationView> obligationsWithStatus(@QueryParam("status") String status);

    /** Published regulations, current first; for ministry-admins the drafts too. */
    @GET
    @Path("/regulations")
    List<RegulationViews.Summary> regulations();

    @GET
    @Path("/regulations/section-types")
    List<RegulationViews.SectionType> sectionTypes();

    @GET
    @Path("/regulations/{id}")
    RegulationViews.Regulation regulation(@PathParam("id") String id);

    @POST
    @Path("/regulations")
    RegulationViews.Regulation createDraft(RegulationViews.Draft draft);

    @PUT
    @Path("/regulations/{id}")
    RegulationViews.Regulation saveDraft(@PathParam("id") String id, RegulationViews.Draft draft);

    @DELETE
    @Path("/regulations/{id}")
    void deleteDraft(@PathParam("id") String id);

    /** Which regions would owe which obligations if the draft were published. */
    @GET
    @Path("/regulations/{id}/preview")
    RegulationViews.DraftPreview previewDraft(@PathParam("id") String id);

    @POST
    @Path("/regulations/{id}/publish")
    RegulationViews.Published publishDraft(@PathParam("id") String id);

    @POST
    @Path("/regulations/{id}/amendments/preview")
    RegulationViews.Preview previewAmendment(@PathParam("id") String id, RegulationViews.Amendment amendment);

    @POST
    @Path("/regulations/{id}/amendments")
    void publishAmendment(@PathParam("id") String id, RegulationViews.Amendment amendment);

    @GET
    @Path("/regions/{code}/reports")
    List<ReportSummary> reports(@PathParam("code") String code);

    /** The review queue (status SUBMITTED) and the other lists of every region's reports. */
    @GET
    @Path("/reports")
    List<ReportSummary> allReports(@QueryParam("status") String status);

    @POST
    @Path("/regions/{code}/obligations/{obligationId}/report")
    Report start(@PathParam("code") String code, @PathParam("obligationId") String obligationId);

    /** With its ETag: the draft's revision, which a save must name in If-Match. */
    @GET
    @Path("/regions/{code}/reports/{reportId}")
    RestResponse<Report> report(@PathParam("code") String code, @PathParam("reportId") String reportId);

    /** What changed in the version since the one it was based on; 404 for a first version. */
    @GET
    @Path("/regions/{code}/reports/{reportId}/versions/{number}/changes")
    VersionChanges changes(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @PathParam("number") int number);

    @GET
    @Path("/regions/{code}/reports/{reportId}/versions/{number}")
    Version version(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @PathParam("number") int number);

    /** {@code content} is one of the shapes of {@link ReportCommands}; the answer's ETag is the draft's new one. */
    @PUT
    @Path("/regions/{code}/reports/{reportId}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response saveSection(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @PathParam("section") String section, @HeaderParam("If-Match") String etag, Object content);

    /** The form holds one part named {@code file}. */
    @POST
    @Path("/regions/{code}/reports/{reportId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    void upload(@PathParam("code") String code, @PathParam("reportId") String reportId, ClientMultipartForm file);

    @GET
    @Path("/regions/{code}/reports/{reportId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    RestResponse<byte[]> download(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @PathParam("attachmentId") String attachmentId);

    @DELETE
    @Path("/regions/{code}/reports/{reportId}/attachments/{attachmentId}")
    void removeAttachment(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @PathParam("attachmentId") String attachmentId);

    @POST
    @Path("/regions/{code}/reports/{reportId}/submit")
    Receipt submit(@PathParam("code") String code, @PathParam("reportId") String reportId);

    @POST
    @Path("/regions/{code}/reports/{reportId}/revision")
    void revise(@PathParam("code") String code, @PathParam("reportId") String reportId);

    @POST
    @Path("/regions/{code}/reports/{reportId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    void review(@PathParam("code") String code, @PathParam("reportId") String reportId, Review review);

    @GET
    @Path("/regions/{code}/reports/{reportId}/audit")
    RestResponse<List<AuditEntry>> audit(@PathParam("code") String code, @PathParam("reportId") String reportId,
            @QueryParam("latest") Integer latest);
}
