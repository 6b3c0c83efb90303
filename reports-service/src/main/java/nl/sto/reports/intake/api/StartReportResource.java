package nl.sto.reports.intake.api;

import java.util.UUID;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.rest.Responses;
import nl.sto.common.security.CurrentCaller;
import nl.sto.reports.intake.ReportService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Starting the report of an obligation; a path of its own so that it sits beside the obligations' resource. */
@Path("/api/regions/{code}/obligations/{obligationId}/report")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StartReportResource {

    private final ReportService service;
    private final ReportViews views;
    private final ReportAccess access;
    private final CurrentCaller caller;

    public StartReportResource(ReportService service, ReportViews views, ReportAccess access,
            CurrentCaller caller) {
        this.service = service;
        this.views = views;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start the report of a report obligation (lead, school, mbo, po): an empty first draft. "
            + "409 when the obligation has a report already; 400 for the spending period, which has none")
    public Uni<RestResponse<ReportViews.ReportView>> start(@PathParam("code") String code,
            @PathParam("obligationId") UUID obligationId) {
        return access.toEdit(code)
                .flatMap(role -> service.start(caller.get(), code, obligationId)
                        .map(details -> Responses.created("/api/regions/" + code + "/reports/" + details.report().id,
                                views.report(details, role))));
    }
}
