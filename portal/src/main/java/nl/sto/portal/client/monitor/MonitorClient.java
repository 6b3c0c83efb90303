package nl.sto.portal.client.monitor;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.smallrye.mutiny.Uni;

import nl.sto.portal.client.AccessTokenForwarder;
import nl.sto.portal.client.ProblemResponseMapper;
import nl.sto.portal.client.monitor.MonitorViews.CofinancingReport;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceBoard;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceSummary;
import nl.sto.portal.client.monitor.MonitorViews.Delivery;
import nl.sto.portal.client.monitor.MonitorViews.DeliveryDetail;
import nl.sto.portal.client.monitor.MonitorViews.ImportRun;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;
import nl.sto.portal.client.monitor.MonitorViews.LoggedEvent;
import nl.sto.portal.client.monitor.MonitorViews.RegionAtRisk;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigures;
import nl.sto.portal.client.monitor.MonitorViews.Replay;
import nl.sto.portal.client.monitor.MonitorViews.ReplayRequest;
import nl.sto.portal.client.monitor.MonitorViews.Subscription;
import nl.sto.portal.client.monitor.MonitorViews.SubscriptionRequest;

/**
 * monitor-service's API (see monitor-service/README.md): indicators, imports of open data, the compliance board, the
 * event log and webhook subscriptions. Called as the logged-in person, like the other services; the service decides
 * who may do what.
 */
@RegisterRestClient(configKey = "monitor")
@RegisterProvider(AccessTokenForwarder.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MonitorClient {

    @GET
    @Path("/indicators")
    List<Indicator> indicators();

    /**
     * A school year (null: the latest), nationally or for a region (null: nationally). Answers later, so that the
     * dashboard asks for many at once; subscribe on the request's thread, which carries the person's token.
     */
    @GET
    @Path("/indicators/{id}")
    Uni<IndicatorValue> indicator(@PathParam("id") String id, @QueryParam("schoolYear") String schoolYear,
            @QueryParam("region") String region);

    /** The region's own figures beside the national ones, and the paragraph a report section can start from. */
    @GET
    @Path("/indicators/figures")
    RegionFigures figures(@QueryParam("region") String region);

    /** The latest runs first. */
    @GET
    @Path("/imports")
    List<ImportRun> imports();

    @GET
    @Path("/imports/{id}")
    ImportRun importRun(@PathParam("id") String id);

    /** Parts {@code file} and optionally {@code schoolYear}. */
    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ImportRun upload(ClientMultipartForm form);

    @POST
    @Path("/imports/shipped")
    List<ImportRun> importShipped();

    @GET
    @Path("/compliance/summary")
    ComplianceSummary complianceSummary();

    @GET
    @Path("/compliance/at-risk")
    List<RegionAtRisk> atRisk();

    @GET
    @Path("/compliance")
    ComplianceBoard compliance(@QueryParam("region") String region);

    /** {@code year} null: every year together. */
    @GET
    @Path("/compliance/cofinancing")
    CofinancingReport cofinancing(@QueryParam("year") Integer year);

    /** {@code since}: an ISO-8601 time with offset; {@code newest}: the last {@code limit} instead of the first. */
    @GET
    @Path("/events")
    List<LoggedEvent> events(@QueryParam("since") String since, @QueryParam("limit") int limit,
            @QueryParam("newest") boolean newest);

    @GET
    @Path("/subscriptions")
    List<Subscription> subscriptions();

    @GET
    @Path("/subscriptions/{id}")
    Subscription subscription(@PathParam("id") String id);

    /** 201 with the subscription and its secret, shown only here. */
    @POST
    @Path("/subscriptions")
    Subscription subscribe(SubscriptionRequest request);

    @DELETE
    @Path("/subscriptions/{id}")
    void deleteSubscription(@PathParam("id") String id);

    @POST
    @Path("/subscriptions/{id}/resume")
    Subscription resume(@PathParam("id") String id);

    /** A new secret, shown only here. */
    @POST
    @Path("/subscriptions/{id}/secret")
    Subscription rotateSecret(@PathParam("id") String id);

    /** Newest first; {@code page} from 0. */
    @GET
    @Path("/subscriptions/{id}/deliveries")
    List<Delivery> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/subscriptions/{id}/deliveries/{deliveryId}")
    DeliveryDetail delivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId);

    @POST
    @Path("/subscriptions/{id}/deliveries/{deliveryId}/resend")
    Delivery resend(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId);

    @POST
    @Path("/subscriptions/{id}/replay")
    Replay replay(@PathParam("id") String id, ReplayRequest request);

    @GET
    @Path("/subscriptions/{id}/replays/{replayId}")
    Replay replayOf(@PathParam("id") String id, @PathParam("replayId") String replayId);
}
