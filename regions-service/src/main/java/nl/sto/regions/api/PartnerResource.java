package nl.sto.regions.api;

import java.time.Clock;
import java.time.LocalDate;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.security.Caller;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.CurrentCaller;
import nl.sto.common.validation.ProgrammeDate;
import nl.sto.regions.domain.PartnerAdmission;
import nl.sto.regions.domain.PartnerService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regions/{code}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.MINISTRY_ADMIN)
public class PartnerResource {

    /** The last day is exclusive: from {@code leftOn} on, the partner no longer acts for the region. */
    public record Leaving(@ProgrammeDate LocalDate leftOn) {
    }

    private final PartnerService partners;
    private final CurrentCaller caller;
    private final Clock clock;

    public PartnerResource(PartnerService partners, CurrentCaller caller, Clock clock) {
        this.partners = partners;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Add a partner: identifierType BOARD | INSTITUTION | LOCATION | KVK, identifier, name, "
            + "municipality, role lead | school | po | mbo | business, joinedOn (default today)")
    public Uni<RestResponse<RegionViews.Partner>> join(@PathParam("code") String code,
            @Valid @NotNull PartnerAdmission admission) {
        return partners.join(caller.get(), code, admission)
                .map(m -> Responses.created("/api/regions/" + code + "/partners/" + m.id,
                        RegionViews.partner(m, LocalDate.now(clock))));
    }

    @POST
    @Path("/{membershipId}/leave")
    @Operation(summary = "Remove a partner: its membership ends on leftOn (default today) and so does its access")
    public Uni<RegionViews.Partner> leave(@PathParam("code") String code,
            @PathParam("membershipId") String membershipId, @Valid Leaving leaving) {
        LocalDate leftOn = leaving == null ? null : leaving.leftOn();
        return partners.leave(caller.get(), code, membershipId, leftOn)
                .map(m -> RegionViews.partner(m, LocalDate.now(clock)));
    }
}
