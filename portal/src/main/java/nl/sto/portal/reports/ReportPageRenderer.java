package nl.sto.portal.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
import nl.sto.portal.client.ServiceCalls;
import nl.sto.portal.client.ServiceCalls.Pending;
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
    private final ServiceCalls calls;

    ReportPageRenderer(@RestClient RegionsClient regions, @RestClient ReportsClient reports,
            @RestClient MonitorClient monitor, CurrentUser currentUser, ServiceCalls calls) {
        this.calls = calls;
        this.regions = regions;
        this.reports = reports;
        this.monitor = monitor;
        this.currentUser = currentUser;
    }

    /** @param savedSections the sections just saved, whose parts show the outcome's message */
    public RestResponse<TemplateInstance> show(ReportRef ref, LanguageChoice choice, FormFeedback feedback,
            Outcome done, Set<String> savedSections, int status) {
        return show(ref, choice, feedback, done, savedSections, SectionPrefill.NONE, false, status);
    }

    /** The page as visited, with the whole audit trail when asked for instead of its newest entries. */
    public RestResponse<TemplateInstance> visit(ReportRef ref, LanguageChoice choice, Outcome done,
            Set<String> savedSections, boolean wholeAudit) {
        return show(ref, choice, FormFeedback.NONE, done, savedSections, SectionPrefill.NONE, wholeAudit, 200);
    }

    /**
     * The page with one section's form showing the region's figures put into its text, and every other section as
     * typed ({@code typed}: the draft's form as posted); nothing of it saved yet.
     */
    public RestResponse<TemplateInstance> showPrefilled(ReportRef ref, LanguageChoice choice,
            Map<String, String> typed, SectionPrefill prefill) {
        Map<String, String> values = new HashMap<>(typed);
        values.put(prefill.section() + "." + SectionInput.TEXT, prefill.text());
        FormFeedback kept = FormFeedback.kept(ReportPage.DRAFT_FORM, values, choice.language().code());
        return show(ref, choice, kept, Outcome.NONE, Set.of(), prefill, false, 200);
    }

    /**
     * The region, the report and its audit trail are asked for at once; the region's answer counts first, because
     * it refuses people of other regions. The figures and the changes follow from the report.
     */
    private RestResponse<TemplateInstance> show(ReportRef ref, LanguageChoice choice, FormFeedback feedback,
            Outcome done, Set<String> savedSections, SectionPrefill prefill, boolean wholeAudit, int status) {
        PortalUser user = currentUser.get();
        Pending<RegionDetail> region = calls.start(() -> regions.region(ref.code()));
        Pending<RestResponse<Report>> read = calls.start(() -> reports.report(ref.code(), ref.reportId()));
        Pending<ReportAudit> audit = calls.start(() -> ReportAudit.of(reports.audit(ref.code(), ref.reportId(),
                wholeAudit ? null : ReportAudit.LATEST)));
        RegionDetail regionDetail = region.get();
        Report report = read.get().getEntity();
        Allowed may = report.allowed();
        Pending<RegionFiguresPanel> figures = may.edit() ? calls.start(() -> figures(ref.code()))
                : Pending.of(RegionFiguresPanel.NONE);
        ReportChanges changes = changes(ref, report, choice.language());
        ReportPage page = new ReportPage(ref, regionDetail, report, read.get().getHeaderString(HttpHeaders.ETAG), may,
                audit.get(), feedback, done, savedSections, LocalDate.now(Dates.PROGRAMME_ZONE), choice.language(),
                figures.get(), prefill, changes);
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
