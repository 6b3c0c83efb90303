package nl.sto.portal.reports;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.format.Dates;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/**
 * Renders a report page: on a plain visit, after a form's redirect (with its {@link Outcome}), and when a form was
 * refused (with its {@link FormFeedback} and the refusal's status). The region comes from regions-service first: it
 * names the region and the person's role in it, and refuses people of other regions before anything is shown.
 */
@ApplicationScoped
public class ReportPageRenderer {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance report(UiLanguage lang, PortalUser user, ReportPage page);
    }

    private final RegionsClient regions;
    private final ReportsClient reports;
    private final CurrentUser currentUser;

    ReportPageRenderer(@RestClient RegionsClient regions, @RestClient ReportsClient reports,
            CurrentUser currentUser) {
        this.regions = regions;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    public RestResponse<TemplateInstance> show(ReportRef ref, LanguageChoice choice, FormFeedback feedback,
            Outcome done, String savedSection, int status) {
        PortalUser user = currentUser.get();
        RegionDetail region = regions.region(ref.code());
        RestResponse<Report> read = reports.report(ref.code(), ref.reportId());
        Report report = read.getEntity();
        ReportPage page = new ReportPage(ref, region, report, read.getHeaderString(HttpHeaders.ETAG),
                ReportPermissions.of(user, region.yourRole(), report), reports.audit(ref.code(), ref.reportId()),
                feedback, done, savedSection, LocalDate.now(Dates.PROGRAMME_ZONE), choice.language());
        return Pages.render(Templates.report(choice.language(), user, page), choice, status);
    }
}
