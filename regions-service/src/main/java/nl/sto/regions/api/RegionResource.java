package nl.sto.regions.api;

import java.net.URI;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.regions.domain.RegionService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService regions;
    private final CurrentCaller caller;

    public RegionResource(RegionService regions, CurrentCaller caller) {
        this.regions = regions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Register a region (ministry-admin); publishes nl.sto.region.registered.v1")
    public Uni<RestResponse<RegionView>> register(@Valid @NotNull RegisterRegionRequest request) {
        return regions.register(request.code(), request.name(), caller.get().subject())
                .map(region -> RestResponse.ResponseBuilder.<RegionView>created(URI.create("/api/regions/" + region.code))
                        .entity(RegionView.of(region))
                        .build());
    }
}
