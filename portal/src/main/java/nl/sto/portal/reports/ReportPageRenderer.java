package nl.sto.portal.reports;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.client.reports.ReportViews.Allowed;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportsClient;
import nl.sto.portal.format.Dates;
import nl.sto.portal.reports.ReportPage.SectionPrefill;
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

    private static final Logger LOG = Logger.getLogger(ReportPageRenderer.class);

    private final RegionsClient regions;
    private final ReportsClient reports;
    private final MonitorClient monitor;
    private final CurrentUser currentUser;

    ReportPageRenderer(@RestClient RegionsClient regions, @RestClient ReportsClient reports,
            @RestClient MonitorClient monitor, CurrentUser currentUser) {
        this.regions = regions;
        this.reports = reports;
        this.monitor = monitor;
        this.currentUser = currentUser;
    }

    public RestResponse<TemplateInstance> show(ReportRef ref, LanguageChoice choice, FormFeedback feedback,
            Outcome done, String savedSection, int status) {
        return show(ref, choice, feedback, done, savedSection, SectionPrefill.NONE, status);
    }

    /** The page with one section's form showing the region's figures put into its text, not yet saved. */
    public RestResponse<TemplateInstance> showPrefilled(ReportRef ref, LanguageChoice choice, SectionPrefill prefill) {
        return show(ref, choice, FormFeedback.NONE, Outcome.NONE, prefill.section(), prefill, 200);
    }

    private RestResponse<TemplateInstance> show(ReportRef ref, LanguageChoice choice, FormFeedback feedback,
            Outcome done, String savedSection, SectionPrefill prefill, int status) {
        PortalUser user = currentUser.get();
        RegionDetail region = regions.region(ref.code());
        RestResponse<Report> read = reports.report(ref.code(), ref.reportId());
        Report report = read.getEntity();
        Allowed may = report.allowed();
        ReportPage page = new ReportPage(ref, region, report, read.getHeaderString(HttpHeaders.ETAG), may,
                reports.audit(ref.code(), ref.reportId()), feedback, done, savedSection,
                LocalDate.now(Dates.PROGRAMME_ZONE), choice.language(),
                may.edit() ? figures(ref.code()) : RegionFiguresPanel.NONE, prefill,
                changes(ref, report, choice.language()));
        return Pages.render(Templates.report(choice.language(), user, page), choice, status);
    }

    /** What changed since the version this one was based on; a first version has nothing to compare. */
    private ReportChanges changes(ReportRef ref, Report report, UiLanguage language) {
        if (report.current() == null || report.current().basedOn() == null) {
            return ReportChanges.NONE;
        }
        return ReportChanges.of(reports.changes(ref.code(), ref.reportId(), report.current().number()), language);
    }

    /** The region's figures from monitor-service; the report is shown without them when they cannot be had. */
    RegionFiguresPanel figures(String code) {
        try {
            return RegionFiguresPanel.of(monitor.figures(code));
        } catch (ProblemException | ProcessingException e) {
            LOG.warnf("The figures of region %s are not available: %s", code, e.getMessage());
            return RegionFiguresPanel.unavailable();
        }
    }
}
