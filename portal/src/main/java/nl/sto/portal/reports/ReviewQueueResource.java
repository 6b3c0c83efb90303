package nl.sto.portal.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import nl.sto.portal.client.regions.RegionViews.MyRegion;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.client.reports.ReportViews;
import nl.sto.portal.client.reports.ReportViews.ReportSummary;
import nl.sto.portal.client.reports.ReportsClient;

/**
 * The ministry's review queue: every region's submitted reports, the longest waiting first; below it the latest
 * reviews, all or only those accepted or returned.
 */
@Path("/ministry/reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewQueueResource {

    /** How many of the latest reviews the page lists below the queue. */
    static final int REVIEWED_SHOWN = 20;
    /** The decisions a review takes, as reports-service names the status it leaves. */
    private static final List<String> DECISIONS = List.of(ReportViews.ACCEPTED, ReportViews.RETURNED);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(UiLanguage lang, PortalUser user, List<ReportSummary> reports,
                List<ReportSummary> reviewed, String decision, Map<String, String> regionNames);
    }

    private final ReportsClient reports;
    private final RegionsClient regions;
    private final CurrentUser currentUser;

    ReviewQueueResource(@RestClient ReportsClient reports, @RestClient RegionsClient regions,
            CurrentUser currentUser) {
        this.reports = reports;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Submitted reports of every region, waiting for a review (ministry and monitor)")
    public RestResponse<TemplateInstance> queue(@QueryParam("decision") String decision,
            @BeanParam LanguageChoice choice) {
        String chosen = decision != null && DECISIONS.contains(decision) ? decision : null;
        List<ReportSummary> submitted = reports.allReports(ReportViews.SUBMITTED).stream()
                .sorted(Comparator.comparing(ReportSummary::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        // The ministry's "my regions" are all regions: one call names every region in the queue.
        Map<String, String> names = regions.myRegions().stream()
                .collect(Collectors.toMap(MyRegion::code, MyRegion::name, (a, b) -> a));
        return Pages.render(Templates.queue(choice.language(), currentUser.get(), submitted,
                recentlyReviewed(chosen), chosen, names), choice);
    }

    /** The queue's history: the reports whose latest version was reviewed last, with the decision or either. */
    private List<ReportSummary> recentlyReviewed(String decision) {
        List<String> decisions = decision == null ? DECISIONS : List.of(decision);
        return decisions.stream().flatMap(d -> reports.allReports(d).stream())
                .filter(r -> r.reviewedAt() != null)
                .sorted(Comparator.comparing(ReportSummary::reviewedAt).reversed())
                .limit(REVIEWED_SHOWN)
                .toList();
    }
}
