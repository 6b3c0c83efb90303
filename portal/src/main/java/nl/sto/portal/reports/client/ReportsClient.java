package nl.sto.portal.reports.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.sto.portal.regions.client.AccessTokenForwarder;
import nl.sto.portal.regions.client.ProblemResponseMapper;

/** reports-service's API (see reports-service/README.md), called as the logged-in person, like regions-service's. */
@RegisterRestClient(configKey = "reports")
@RegisterProvider(AccessTokenForwarder.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReportsClient {

    @GET
    @Path("/regions/{code}/obligations")
    List<ObligationView> obligations(@PathParam("code") String code);

    /** Every region's obligations with the status, e.g. OVERDUE: who is late. */
    @GET
    @Path("/obligations")
    List<ObligationView> obligationsWithStatus(@QueryParam("status") String status);

    @GET
    @Path("/regulation")
    List<RegulationViews.Version> regulation();

    @POST
    @Path("/regulation/amendments/preview")
    RegulationViews.Preview preview(RegulationViews.Amendment amendment);

    @POST
    @Path("/regulation/amendments")
    void publish(RegulationViews.Amendment amendment);
}
