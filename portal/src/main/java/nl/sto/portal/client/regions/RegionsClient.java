package nl.sto.portal.client.regions;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.sto.portal.client.AccessTokenForwarder;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.ProblemResponseMapper;
import nl.sto.portal.client.regions.RegionCommands.Closing;
import nl.sto.portal.client.regions.RegionCommands.Commitment;
import nl.sto.portal.client.regions.RegionCommands.ContactDetails;
import nl.sto.portal.client.regions.RegionCommands.GrantAward;
import nl.sto.portal.client.regions.RegionCommands.Leaving;
import nl.sto.portal.client.regions.RegionCommands.PartnerAdmission;
import nl.sto.portal.client.regions.RegionCommands.PlanUpdate;
import nl.sto.portal.client.regions.RegionCommands.Registration;
import nl.sto.portal.client.regions.RegionViews.AuditEntry;
import nl.sto.portal.client.regions.RegionViews.MyRegion;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionViews.Statement;

/**
 * regions-service's API (see regions-service/README.md), called as the logged-in person: every call carries
 * their access token ({@link AccessTokenForwarder}), so the service decides what they may see and do. Errors
 * arrive as {@link ProblemException} ({@link ProblemResponseMapper}). Calls are blocking; the portal's pages run
 * on worker threads.
 */
@RegisterRestClient(configKey = "regions")
@RegisterProvider(AccessTokenForwarder.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegionsClient {

    @GET
    @Path("/me/regions")
    List<MyRegion> myRegions();

    @GET
    @Path("/regions")
    List<RegionSummary> regions(@QueryParam("q") String text, @QueryParam("partner") String partner,
            @QueryParam("municipality") String municipality, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/regions")
    void register(Registration registration);

    @GET
    @Path("/regions/{code}")
    RegionDetail region(@PathParam("code") String code);

    @PUT
    @Path("/regions/{code}/plan")
    void updatePlan(@PathParam("code") String code, PlanUpdate plan);

    @POST
    @Path("/regions/{code}/close")
    void close(@PathParam("code") String code, Closing closing);

    @POST
    @Path("/regions/{code}/partners")
    void addPartner(@PathParam("code") String code, PartnerAdmission admission);

    @POST
    @Path("/regions/{code}/partners/{id}/leave")
    void removePartner(@PathParam("code") String code, @PathParam("id") String membershipId, Leaving leaving);

    @POST
    @Path("/regions/{code}/grants")
    void awardGrant(@PathParam("code") String code, GrantAward award);

    @POST
    @Path("/regions/{code}/cofinancing")
    void stateCofinancing(@PathParam("code") String code, Commitment commitment);

    @POST
    @Path("/regions/{code}/cofinancing/{year}/confirm")
    void confirmCofinancing(@PathParam("code") String code, @PathParam("year") int year);

    @POST
    @Path("/regions/{code}/cofinancing/{year}/withdraw")
    void withdrawCofinancing(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/regions/{code}/cofinancing")
    List<Statement> cofinancingHistory(@PathParam("code") String code);

    @POST
    @Path("/regions/{code}/contacts")
    void addContact(@PathParam("code") String code, ContactDetails contact);

    @PUT
    @Path("/regions/{code}/contacts/{id}")
    void updateContact(@PathParam("code") String code, @PathParam("id") String id, ContactDetails contact);

    @DELETE
    @Path("/regions/{code}/contacts/{id}")
    void removeContact(@PathParam("code") String code, @PathParam("id") String id);

    @GET
    @Path("/audit")
    List<AuditEntry> audit(@QueryParam("region") String region, @QueryParam("size") int size);
}
