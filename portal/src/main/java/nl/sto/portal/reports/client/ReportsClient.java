package nl.sto.portal.reports.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
public interface ReportsClient {

    @GET
    @Path("/regions/{code}/obligations")
    List<ObligationView> obligations(@PathParam("code") String code);
}
