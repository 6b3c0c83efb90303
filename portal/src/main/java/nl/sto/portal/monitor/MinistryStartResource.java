package nl.sto.portal.monitor;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorClient;

/** The ministry staff's start page ({@link MinistryStartPage}), where their login leads. */
@Path(MinistryStartPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MinistryStartResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(UiLanguage lang, PortalUser user, MinistryStartPage page);
    }

    private final MonitorClient monitor;
    private final CurrentUser currentUser;

    MinistryStartResource(@RestClient MonitorClient monitor, CurrentUser currentUser) {
        this.monitor = monitor;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The compliance summary, the regions at risk and the ministry's tasks")
    public RestResponse<TemplateInstance> start(@BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toRead();
        MinistryStartPage page = new MinistryStartPage(
                new ComplianceSummaryPanel(Fetched.read("Compliance summary", monitor::complianceSummary)),
                Fetched.read("Regions at risk", monitor::atRisk));
        return Pages.render(Templates.start(choice.language(), user, page), choice);
    }
}
