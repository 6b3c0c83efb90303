package nl.sto.regions.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.regions.domain.Region;
import nl.sto.regions.domain.RegionReader;
import nl.sto.regions.domain.RegionRepository;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/me/regions")
@Authenticated
public class MeResource {

    private final RegionAccess access;
    private final RegionReader reader;
    private final RegionRepository regions;
    private final CurrentCaller caller;

    public MeResource(RegionAccess access, RegionReader reader, RegionRepository regions, CurrentCaller caller) {
        this.access = access;
        this.reader = reader;
        this.regions = regions;
        this.caller = caller;
    }

    /** One session for the access rows and the regions they name: one pooled connection per request, not two. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "The regions you may act for, with your role in each (ministry and monitor: all)")
    public Uni<List<RegionViews.MyRegion>> myRegions() {
        Caller me = caller.get();
        return RegionAccess.roleInEveryRegion(me)
                .map(role -> allRegions(role))
                .orElseGet(() -> partnerRegions(me));
    }

    private Uni<List<RegionViews.MyRegion>> allRegions(RegionRole role) {
        return Panache.withSession(() -> regions.listAll(Sort.by("code")))
                .map(all -> all.stream().map(r -> new RegionViews.MyRegion(r.code, r.name, role)).toList());
    }

    private Uni<List<RegionViews.MyRegion>> partnerRegions(Caller me) {
        return access.partnerRegions(me).flatMap(roles -> reader.named(new ArrayList<>(roles.keySet()))
                .map(found -> found.stream().map(r -> view(r, roles)).toList()));
    }

    private static RegionViews.MyRegion view(Region region, Map<String, RegionRole> roles) {
        return new RegionViews.MyRegion(region.code, region.name, roles.get(region.code));
    }
}
