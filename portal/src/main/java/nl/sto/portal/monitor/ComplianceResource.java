package nl.sto.portal.monitor;

import java.util.List;

import jakarta.ws.rs.BeanParam;
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
import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceBoard;

/**
 * "Naleving": the compliance board for ministry staff and the monitor team. Each part is read on its own, so that
 * one the service refuses or cannot give leaves the others.
 */
@Path(CompliancePage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ComplianceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compliance(UiLanguage lang, PortalUser user, CompliancePage page);
    }

    private final MonitorClient monitor;
    private final MonitorReader reader;
    private final CurrentUser currentUser;

    ComplianceResource(@RestClient MonitorClient monitor, MonitorReader reader, CurrentUser currentUser) {
        this.monitor = monitor;
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The compliance summary, the regions at risk, one region's obligations (region=) and "
            + "co-financing against the grant (year=, else every year)")
    public RestResponse<TemplateInstance> compliance(@RestQuery String region, @RestQuery String year,
            @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toRead();
        String chosen = IndicatorsPage.region(region);
        Integer chosenYear = CompliancePage.year(year);
        Fetched<ComplianceBoard> board = chosen == null ? Fetched.notAvailable()
                : Fetched.read("Compliance of " + chosen, () -> monitor.compliance(chosen));
        Fetched<List<RegionChoice>> regions = reader.regions();
        CompliancePage page = new CompliancePage(Fetched.read("Compliance summary", monitor::complianceSummary),
                Fetched.read("Regions at risk", monitor::atRisk), board, chosen,
                Fetched.read("Co-financing", () -> monitor.cofinancing(chosenYear)), chosenYear,
                regions.ok() ? regions.value() : List.of());
        return Pages.render(Templates.compliance(choice.language(), user, page), choice);
    }
}
