package nl.sto.portal.regions;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
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
import nl.sto.portal.client.regions.RegionViews.AuditEntry;
import nl.sto.portal.client.regions.RegionViews.MyRegion;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * The pages people read: "Mijn regio's", a region's page (plan, money, partners, contacts, and the forms of
 * whoever may change them) and its audit trail. The forms post to paths below a region
 * ({@link CofinancingFormResource}, {@link ContactFormResource}, {@link RegionAdminResource}).
 * <p>
 * One class for all three GETs on purpose: Quarkus REST routes a request to the resource class with the longest
 * matching path and does not fall back to another class, so a separate class for {@code .../regions/{code}} would
 * hide it behind (or be hidden by) the one for {@code .../regions}.
 */
@Path("/{audience: school|business|ministry}/regions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RegionPageResource {

    /** The newest entries of the region's history: a page of the service's largest size (200). */
    private static final int AUDIT_ENTRIES = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myRegions(UiLanguage lang, PortalUser user, List<MyRegion> regions);

        static native TemplateInstance audit(UiLanguage lang, PortalUser user, RegionDetail region,
                List<AuditLine> entries);
    }

    /** An audit entry with its sentence in the page's language ({@link RegionAuditSentence}). */
    public record AuditLine(AuditEntry entry, String sentence) {
    }

    private final RegionPageRenderer pages;
    private final RegionsClient regions;
    private final CurrentUser currentUser;

    RegionPageResource(RegionPageRenderer pages, @RestClient RegionsClient regions, CurrentUser currentUser) {
        this.pages = pages;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The regions you act for, with your role in each (ministry and monitor: all regions)")
    public RestResponse<TemplateInstance> myRegions(@BeanParam LanguageChoice choice) {
        return Pages.render(Templates.myRegions(choice.language(), currentUser.get(), regions.myRegions()), choice);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A region: plan, grant and co-financing per year (chart and table), partners, contacts")
    public RestResponse<TemplateInstance> region(@RestPath String audience, @RestPath String code,
            @RestQuery String done, @BeanParam LanguageChoice choice) {
        return pages.show(audience, code, choice, FormFeedback.NONE, Outcome.fromCode(done),
                RestResponse.StatusCode.OK);
    }

    @GET
    @Path("{code}/audit")
    @Operation(summary = "Who changed what in the region, and when (ministry-admins and reviewers)")
    public RestResponse<TemplateInstance> audit(@RestPath String code, @BeanParam LanguageChoice choice) {
        RegionDetail region = regions.region(code);
        RegionMessages texts = Texts.of(RegionMessages.class, choice.language());
        List<AuditLine> lines = regions.audit(code, AUDIT_ENTRIES).stream()
                .map(entry -> new AuditLine(entry, RegionAuditSentence.of(entry, texts, choice.language()))).toList();
        return Pages.render(Templates.audit(choice.language(), currentUser.get(), region, lines), choice);
    }
}
