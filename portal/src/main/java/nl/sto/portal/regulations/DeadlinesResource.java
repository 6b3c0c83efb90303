package nl.sto.portal.regulations;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.web.Outcome;

/**
 * The ministry's deadlines: who is late under any regulation, and the way to each regulation, whose own page says
 * why every date is what it is and holds its amendments ({@link RegulationsResource}).
 */
@Path("/ministry/deadlines")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DeadlinesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadlines(UiLanguage lang, PortalUser user, DeadlinesPage page);
    }

    private final ReportsClient reports;
    private final CurrentUser currentUser;

    DeadlinesResource(@RestClient ReportsClient reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Who is late (50 a page, the earliest due first; kind: one regulation/KIND only), and the "
            + "regulations the deadlines follow from")
    public RestResponse<TemplateInstance> page(@RestQuery String done, @RestQuery String kind,
            @RestQuery @DefaultValue("0") int page, @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        RegulationAccess.of(user).toRead();
        DeadlinesPage deadlines = new DeadlinesPage(reports.obligationsWithStatus("OVERDUE"), reports.regulations(),
                kind, page, Outcome.fromCode(done), choice.language());
        return Pages.render(Templates.deadlines(choice.language(), user, deadlines), choice);
    }
}
