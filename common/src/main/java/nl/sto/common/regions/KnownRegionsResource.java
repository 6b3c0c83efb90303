package nl.sto.common.regions;

import java.util.List;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The regions this service has learnt of through events: shows that the projection is current. */
@Path("/api/regions/known")
@Authenticated
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class KnownRegionsResource {

    public record KnownRegionView(String code, String name) {
    }

    private final KnownRegionRepository regions;

    public KnownRegionsResource(KnownRegionRepository regions) {
        this.regions = regions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regions known to this service from sto.regions.v1")
    public Uni<List<KnownRegionView>> known() {
        return regions.listByCode()
                .map(list -> list.stream().map(r -> new KnownRegionView(r.code, r.name)).toList());
    }
}
