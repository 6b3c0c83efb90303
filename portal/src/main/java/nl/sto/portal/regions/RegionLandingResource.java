package nl.sto.portal.regions;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import nl.sto.portal.client.regions.RegionViews.MyRegion;
import nl.sto.portal.client.regions.RegionsClient;

/**
 * Where a school's or business' person lands after logging in: their region, where their work is, or the list when
 * they act for several regions (or none yet, which the list explains). Which regions those are only regions-service
 * knows, so the login cannot send them there directly.
 */
@Path("/{audience: school|business}/start")
@Authenticated
public class RegionLandingResource {

    private final RegionsClient regions;

    RegionLandingResource(@RestClient RegionsClient regions) {
        this.regions = regions;
    }

    @GET
    @Operation(summary = "After login: to the person's region, or to the list of their regions")
    @APIResponse(responseCode = "303", description = "To the region's page when the person acts for one region, "
            + "otherwise to the list of their regions")
    public RestResponse<Void> land(@RestPath String audience) {
        List<MyRegion> mine = regions.myRegions();
        String page = mine.size() == 1 ? "/" + audience + "/regions/" + mine.get(0).code() : "/" + audience + "/regions";
        return RestResponse.seeOther(URI.create(page));
    }
}
