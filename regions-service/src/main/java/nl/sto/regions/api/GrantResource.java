package nl.sto.regions.api;

import java.math.BigDecimal;

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
import nl.sto.regions.domain.GrantService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regions/{code}/grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.MINISTRY_ADMIN)
public class GrantResource {

    /** {@code amount} in euros as an exact JSON number with at most two decimals. */
    public record Award(@NotNull Integer year, @NotNull BigDecimal amount) {
    }

    public record GrantView(String region, int year, BigDecimal amount) {
    }

    private final GrantService grants;
    private final CurrentCaller caller;

    public GrantResource(GrantService grants, CurrentCaller caller) {
        this.grants = grants;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Award the region's grant for a year (one per year; 409 if the year has one)")
    public Uni<RestResponse<GrantView>> award(@PathParam("code") String code, @Valid @NotNull Award award) {
        return grants.award(caller.get(), code, award.year(), award.amount())
                .map(g -> Responses.created("/api/regions/" + code, new GrantView(code, g.year, g.amount)));
    }
}
