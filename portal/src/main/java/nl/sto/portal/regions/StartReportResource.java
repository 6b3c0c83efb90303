package nl.sto.portal.regions;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/**
 * Starting the report of an obligation, from the obligations table of the region page (the region's school
 * partners). Success leads to the new report's page; a refusal (say, someone started it a moment ago) shows the
 * region page again with the reason.
 */
@Path("/{audience: school}/regions/{code}/obligations/{obligationId}/report")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class StartReportResource {

    private final ReportsClient reports;
    private final RegionPageRenderer regionPages;

    StartReportResource(@RestClient ReportsClient reports, RegionPageRenderer regionPages) {
        this.reports = reports;
        this.regionPages = regionPages;
    }

    @POST
    @Operation(summary = "Start the report of a report obligation, then show it")
    public RestResponse<TemplateInstance> start(@RestPath String audience, @RestPath String code,
            @RestPath String obligationId, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return Forms.handle("start-report-" + obligationId, FormFields.of(form, choice.language()),
                fields -> Outcome.REPORT_STARTED
                        .at("/" + audience + "/regions/" + code + "/reports/" + reports.start(code, obligationId).id()),
                feedback -> status -> regionPages.show(audience, code, choice, feedback, Outcome.NONE, status));
    }
}
