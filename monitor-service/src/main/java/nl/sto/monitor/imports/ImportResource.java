package nl.sto.monitor.imports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.input.CleanText;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Imports of open data by the monitor team: a file uploaded, or every shipped file at once; each answers at once with
 * its run, whose progress the caller follows. Blocking: a file is read and loaded over JDBC.
 */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ImportResource {

    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "A CSV file: DUO students, locations, geocoded "
                + "locations or exams, CBS population per postcode area, or flow-through to technical mbo")
        public String file;
        @Schema(description = "The school year a students or flow-through file counts, like 2019-2020; taken from the "
                + "file name when left out")
        public String schoolYear;
    }

    private final ImportService imports;
    private final CurrentCaller caller;

    public ImportResource(ImportService imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Caller.MONITOR)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @Operation(summary = "Import a DUO file (monitor): 202 with the run, whose progress GET /api/imports/{id} shows; "
            + "400 naming the expected and found columns, or the school year; 409 while the same kind and year runs")
    public RestResponse<ImportRun> upload(@RestForm("file") FileUpload file, @RestForm("schoolYear") String schoolYear) {
        if (file == null) {
            throw ProblemException.badRequest("file", FieldErrorCode.REQUIRED,
                    "is required: a multipart part named file");
        }
        CleanText.problem(file.fileName()).ifPresent(problem -> {
            throw ProblemException.badRequest("file", "has a file name that " + problem);
        });
        return accepted(imports.upload(file.uploadedFile(), file.fileName(), schoolYear, who()));
    }

    @POST
    @Path("/shipped")
    @RolesAllowed(Caller.MONITOR)
    @Operation(summary = "Import every shipped open-data file (monitor): 202 with one run per file; a file imported "
            + "before is recorded as unchanged")
    public RestResponse<List<ImportRun>> shipped() {
        return RestResponse.ResponseBuilder.<List<ImportRun>>create(RestResponse.Status.ACCEPTED)
                .entity(imports.shipped(who())).build();
    }

    @GET
    @RolesAllowed({Caller.MONITOR, Caller.MINISTRY_ADMIN})
    @Operation(summary = "The latest imports first, with their counts and how far they are")
    public List<ImportRun> latest() {
        return imports.latest(100);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.MONITOR, Caller.MINISTRY_ADMIN})
    @Operation(summary = "One import: status, rows read, accepted and rejected, percent done, the first rejected "
            + "lines with their reasons")
    public ImportRun one(@PathParam("id") UUID id) {
        return imports.find(id);
    }

    private static RestResponse<ImportRun> accepted(ImportRun run) {
        return RestResponse.ResponseBuilder.<ImportRun>create(RestResponse.Status.ACCEPTED)
                .location(URI.create("/api/imports/" + run.id())).entity(run).build();
    }

    private String who() {
        Caller current = caller.get();
        return current.name() == null || current.name().isBlank() ? current.subject() : current.name();
    }
}
