package nl.sto.reports.intake.api;

import java.util.Arrays;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.reports.intake.ReportReader;
import nl.sto.reports.intake.ReportStatus;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The reports of every region, for the ministry (its review queue) and the monitor team. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
public class ReviewQueueResource {

    private final ReportReader reader;

    public ReviewQueueResource(ReportReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Reports of all regions, optionally only those with status DRAFT, SUBMITTED (the review "
            + "queue), RETURNED or ACCEPTED (ministry and monitor)")
    public Uni<List<ReportViews.ReportSummaryView>> all(@QueryParam("status") String status) {
        return reader.all(status(status)).map(list -> list.stream().map(ReportViews::summary).toList());
    }

    private static ReportStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ReportStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status", "must be one of "
                        + Arrays.toString(ReportStatus.values())));
    }
}
