package nl.sto.common.regions;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.common.security.CurrentCaller;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's role in a region as this service's access check sees it (403 when none, 404 when unknown). */
@Path("/api/regions/{code}/my-role")
@Authenticated
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class RegionRoleResource {

    public record MyRole(String region, RegionRole role) {
    }

    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public RegionRoleResource(KnownRegionRepository regions, RegionAccess access, CurrentCaller caller) {
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your role in the region, from this service's projection of the partner registry")
    public Uni<MyRole> myRole(@PathParam("code") String code) {
        return regions.requireKnown(code)
                .flatMap(known -> access.require(caller.get(), code))
                .map(role -> new MyRole(code, role));
    }
}
