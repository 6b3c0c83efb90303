package nl.sto.monitor.webhooks;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.rest.Paging;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.Caller;
import nl.sto.monitor.webhooks.SubscriptionInput.Checked;
import nl.sto.monitor.webhooks.SubscriptionViews.DeliveryDetail;
import nl.sto.monitor.webhooks.SubscriptionViews.DeliveryView;
import nl.sto.monitor.webhooks.SubscriptionViews.ReplayRequest;
import nl.sto.monitor.webhooks.SubscriptionViews.ReplayView;
import nl.sto.monitor.webhooks.SubscriptionViews.SubscriptionRequest;
import nl.sto.monitor.webhooks.SubscriptionViews.SubscriptionView;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhook subscriptions of the monitor team (and the ministry's admins): the log's events that pass a subscription's
 * filters are posted to its URL, signed the Standard Webhooks way, with retries, a delivery log, resend and replay.
 */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.MONITOR, Caller.MINISTRY_ADMIN})
public class SubscriptionResource {

    private static final Set<String> STATUSES = Set.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED,
            WebhookDelivery.FAILED);
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final SubscriptionService subscriptions;
    private final SubscriptionAccess access;
    private final SubscriberUrls urls;
    private final ObjectMapper json;

    public SubscriptionResource(SubscriptionService subscriptions, SubscriptionAccess access, SubscriberUrls urls,
            ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.urls = urls;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to the log's events that pass the filters, from now on: 201 with the "
            + "subscription and its signing secret (whsec_...), shown only here; 400 naming a bad field, or why the "
            + "URL is refused (not http(s), or leading to a loopback, link-local, private, shared or multicast "
            + "address)")
    public Uni<RestResponse<SubscriptionView>> create(SubscriptionRequest request) {
        Caller owner = access.toSubscribe();
        Checked input = SubscriptionInput.check(request, json);
        return urls.resolve(input.url()).invoke(where -> {
            if (!where.allowed()) {
                throw ProblemException.badRequest("url", "is refused: " + where.refusal());
            }
        }).chain(where -> subscriptions.create(owner, input))
                .map(created -> Responses.created("/api/subscriptions/" + created.id(), created));
    }

    @GET
    @Operation(summary = "The caller's subscriptions (a ministry-admin: everyone's), oldest first")
    public Uni<List<SubscriptionView>> list() {
        return subscriptions.list(access.toSubscribe());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription: its status (active, paused, disabled) and why, its position in the log")
    public Uni<SubscriptionView> one(@PathParam("id") UUID id) {
        return subscriptions.find(access.toSubscribe(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription with its deliveries: 204")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return subscriptions.delete(access.toSubscribe(), id).replaceWith(RestResponse.noContent());
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "A paused or disabled subscription goes on from where it stopped (an active one stays so)")
    public Uni<SubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.resume(access.toSubscribe(), id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "A new signing secret, shown only in this answer; the previous one keeps signing beside it "
            + "for 24 hours, so deliveries carry two signatures meanwhile")
    public Uni<SubscriptionView> rotate(@PathParam("id") UUID id) {
        return subscriptions.rotate(access.toSubscribe(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first; status= pending, delivered or failed; page from "
            + "0, size 1 to 200 (default 50)")
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, DEFAULT_PAGE_SIZE);
        if (status != null && !status.isBlank() && !STATUSES.contains(status.strip())) {
            throw ProblemException.badRequest("status", "must be pending, delivered or failed");
        }
        String wanted = status == null || status.isBlank() ? null : status.strip();
        return subscriptions.deliveries(access.toSubscribe(), id, wanted, paging);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with every attempt: when, the HTTP status or what went wrong, how long it took")
    public Uni<DeliveryDetail> delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.delivery(access.toSubscribe(), id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @Operation(summary = "Send the delivery's event again, as a new delivery with the same webhook-id: 202")
    public Uni<RestResponse<DeliveryView>> resend(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.resend(access.toSubscribe(), id, deliveryId)
                .map(again -> RestResponse.ResponseBuilder.<DeliveryView>create(RestResponse.Status.ACCEPTED)
                        .entity(again).build());
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver again every event of the log from since= (a time) or fromPosition= (a position, "
            + "included) up to its end now that the filters pass, in the background: 202 with the replay, whose "
            + "progress GET .../replays/{replayId} shows; 409 while another replay of it runs")
    public Uni<RestResponse<ReplayView>> replay(@PathParam("id") UUID id, ReplayRequest request) {
        Caller caller = access.toSubscribe();
        return subscriptions.replay(caller, id, SubscriptionInput.check(request))
                .map(replay -> RestResponse.ResponseBuilder.<ReplayView>create(RestResponse.Status.ACCEPTED)
                        .location(URI.create("/api/subscriptions/" + id + "/replays/" + replay.id()))
                        .entity(replay).build());
    }

    @GET
    @Path("/{id}/replays/{replayId}")
    @Operation(summary = "A replay's progress: the events of its stretch of the log done and in total, and sent")
    public Uni<ReplayView> replayOf(@PathParam("id") UUID id, @PathParam("replayId") UUID replayId) {
        return subscriptions.replayOf(access.toSubscribe(), id, replayId);
    }
}
