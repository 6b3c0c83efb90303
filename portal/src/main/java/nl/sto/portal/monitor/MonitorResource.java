package nl.sto.portal.monitor;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.AccessTokenForwarder;
import nl.sto.portal.client.monitor.MonitorStreamClient;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;

/**
 * The monitor dashboard: the indicators over the school years, nationally or for a region, and the latest events of
 * the log, which come in live: {@code /js/monitor.js} listens to {@code /ministry/monitor/events/stream}, which relays
 * monitor-service's Server-Sent Events with the person's token (polling {@code /ministry/monitor/events} when the
 * stream cannot be had; without JavaScript a link reloads).
 */
@Path(IndicatorsPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MonitorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(UiLanguage lang, PortalUser user, IndicatorsPage page);

        static native TemplateInstance events(UiLanguage lang, PortalUser user, Fetched<EventFeed> feed);
    }

    private final MonitorReader reader;
    private final CurrentUser currentUser;
    private final MonitorStreamClient stream;
    private final AccessTokenForwarder tokens;

    MonitorResource(MonitorReader reader, CurrentUser currentUser, @RestClient MonitorStreamClient stream,
            AccessTokenForwarder tokens) {
        this.reader = reader;
        this.currentUser = currentUser;
        this.stream = stream;
        this.tokens = tokens;
    }

    @GET
    @Operation(summary = "The indicators over the school years (region= for one region) and the latest events")
    public RestResponse<TemplateInstance> dashboard(@RestQuery String region, @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess may = MonitorAccess.of(user).toRead();
        String chosen = IndicatorsPage.region(region);
        Fetched<List<Indicator>> indicators = reader.indicators();
        List<IndicatorPanel> panels = indicators.ok() ? reader.panels(indicators.value(), chosen) : List.of();
        Fetched<List<RegionChoice>> regions = reader.regions();
        IndicatorsPage page = new IndicatorsPage(indicators, panels, chosen, reader.feed(), may,
                regions.ok() ? regions.value() : List.of());
        return Pages.render(Templates.dashboard(choice.language(), user, page), choice);
    }

    @GET
    @Path("events")
    @Operation(summary = "The latest events of the log, newest first (the dashboard's live feed)")
    public RestResponse<TemplateInstance> events(@BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toRead();
        return Pages.render(Templates.events(choice.language(), user, reader.feed()), choice);
    }

    @GET
    @Path("events/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The event log live as Server-Sent Events (id: the position, data: the "
            + "structured CloudEvent, with its type), relayed from monitor-service with the person's token; after= or Last-Event-ID "
            + "continues after a position")
    public Multi<OutboundSseEvent> stream(@RestQuery String after, @RestHeader("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        MonitorAccess.of(currentUser.get()).toRead();
        // Read now: the token is the request's, and the stream outlives the request's scope.
        String authorization = tokens.authorization();
        return stream.stream(authorization, EventStreamRelay.resumeAfter(lastEventId, after))
                .filter(event -> event.data() != null && !event.data().isBlank())
                .map(event -> {
                    OutboundSseEvent.Builder relayed = sse.newEventBuilder().data(event.data());
                    if (event.id() != null) {
                        relayed.id(event.id());
                    }
                    // No event name: the browser's EventSource then hands every event to one onmessage; the type
                    // is in the data (the CloudEvent) anyway.
                    return relayed.build();
                });
    }
}
