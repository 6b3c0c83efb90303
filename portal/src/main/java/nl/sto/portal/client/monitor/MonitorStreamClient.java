package nl.sto.portal.client.monitor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

import io.smallrye.mutiny.Multi;

import nl.sto.portal.client.ProblemResponseMapper;

/**
 * monitor-service's live event log ({@code GET /api/events/stream}, Server-Sent Events), which the portal relays to
 * the dashboard. A client of its own: the stream lives as long as the browser listens, so it has a long read
 * timeout (the service sends a comment every 15 s), and the token is passed explicitly, read while the page's
 * request was still there ({@link nl.sto.portal.client.AccessTokenForwarder#authorization()}).
 */
@RegisterRestClient(configKey = "monitor-stream")
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api/events")
public interface MonitorStreamClient {

    /** {@code lastEventId}: the position to continue after; null for only what is appended from now on. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> stream(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Last-Event-ID") String lastEventId);
}
