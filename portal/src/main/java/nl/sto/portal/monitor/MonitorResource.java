package nl.sto.portal.monitor;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;

/**
 * The monitor dashboard: the indicators over the school years, nationally or for a region, and the latest events of
 * the log, which refresh themselves (htmx polls {@code /ministry/monitor/events}; without JavaScript a link
 * reloads).
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

    MonitorResource(MonitorReader reader, CurrentUser currentUser) {
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The indicators over the school years (region= for one region) and the latest events")
    public RestResponse<TemplateInstance> dashboard(@RestQuery String region, @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess may = MonitorAccess.of(user).toRead();
        String chosen = IndicatorsPage.region(region);
        Fetched<List<Indicator>> indicators = reader.indicators();
        List<IndicatorPanel> panels = indicators.ok()
                ? indicators.value().stream().map(i -> reader.panel(i, chosen)).toList()
                : List.of();
        IndicatorsPage page = new IndicatorsPage(indicators, panels, chosen, reader.feed(), may);
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
}
