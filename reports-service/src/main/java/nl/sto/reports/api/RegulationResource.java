package nl.sto.reports.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.rest.Responses;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.contracts.regulation.ObligationKind;
import nl.sto.reports.regulation.Amendment;
import nl.sto.reports.regulation.AmendmentService;
import nl.sto.reports.regulation.RegulationReader;
import nl.sto.reports.regulation.RegulationVersion;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regulation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegulationResource {

    /** A version of the regulation: where it comes from and the deadlines in force from its effective date. */
    public record VersionView(int number, String legalReference, String title, LocalDate publishedOn,
            LocalDate effectiveOn, String sourceNote, Map<ObligationKind, LocalDate> deadlines,
            OffsetDateTime publishedAt, String publishedBy) {

        static VersionView of(RegulationVersion v) {
            return new VersionView(v.number, v.legalReference, v.title, v.publishedOn, v.effectiveOn, v.sourceNote,
                    v.deadlines().asMap(), v.publishedAt, v.publishedBy);
        }
    }

    private final RegulationReader reader;
    private final AmendmentService amendments;
    private final CurrentCaller caller;

    public RegulationResource(RegulationReader reader, AmendmentService amendments, CurrentCaller caller) {
        this.reader = reader;
        this.amendments = amendments;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Every version of the regulation, oldest first, with its legal reference, dates, source "
            + "note and deadlines")
    public Uni<List<VersionView>> versions() {
        return reader.versions().map(versions -> versions.stream().map(VersionView::of).toList());
    }

    @POST
    @Path("/amendments/preview")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Dry run of an amendment: which deadlines move and which obligations of which regions "
            + "would change; changes nothing")
    public Uni<AmendmentService.Preview> preview(@Valid @NotNull Amendment amendment) {
        return amendments.preview(amendment);
    }

    @POST
    @Path("/amendments")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Publish an amendment: a new version of the regulation that re-dates every affected "
            + "obligation in one transaction, one deadline.changed event per moved obligation")
    public Uni<RestResponse<AmendmentService.Published>> publish(@Valid @NotNull Amendment amendment) {
        return amendments.publish(caller.get(), amendment)
                .map(published -> Responses.created("/api/regulation", published));
    }
}
