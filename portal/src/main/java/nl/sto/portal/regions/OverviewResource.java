package nl.sto.portal.regions;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;

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
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.regions.RegionCommands.Registration;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.format.Dates;
import nl.sto.portal.regions.OverviewPage.Search;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/**
 * The ministry's regions overview: search by name or code, partner and municipality, with the totals of grants
 * and co-financing; ministry-admins register new regions on a page of its own below it. Reviewers and the monitor
 * team read it.
 */
@Path("/ministry/overview")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(UiLanguage lang, PortalUser user, OverviewPage page);

        static native TemplateInstance register(UiLanguage lang, PortalUser user, FormFeedback feedback,
                LocalDate today);
    }

    private final RegionsClient regions;
    private final CurrentUser currentUser;

    OverviewResource(@RestClient RegionsClient regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Regions with partner count, municipalities and money totals; search by q, partner, municipality")
    public RestResponse<TemplateInstance> overview(@RestQuery String q, @RestQuery String partner,
            @RestQuery String municipality, @RestQuery @DefaultValue("0") int page, @BeanParam LanguageChoice choice) {
        return render(new Search(q, partner, municipality), Math.max(page, 0), choice);
    }

    @GET
    @Path("register")
    @Operation(summary = "The form to register a region, on a page of its own (ministry-admins)")
    public RestResponse<TemplateInstance> registerForm(@BeanParam LanguageChoice choice) {
        return registerPage(FormFeedback.NONE, choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Register a region (form: code, name, tranche 1/2/3/LATE, admittedOn, adviceReference)")
    public RestResponse<TemplateInstance> register(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        FormFields fields = FormFields.of(form, choice.language());
        // Region codes are capitals; accept what people type in lower case rather than refuse it.
        String code = fields.text("code") == null ? null : fields.text("code").toUpperCase(Locale.ROOT);
        URI registered = UriBuilder.fromPath("/ministry/regions/{code}")
                .queryParam("done", Outcome.REGION_REGISTERED.code()).fragment(Outcome.REGION_REGISTERED.section())
                .build(code == null ? "-" : code);
        return Forms.handle("register-region", fields, f -> {
            LocalDate admittedOn = f.date("admittedOn");
            regions.register(f.request(() -> new Registration(code, f.text("name"), f.text("tranche"), admittedOn,
                    f.text("adviceReference"))));
        }, registered, feedback -> status -> registerPage(feedback, choice, status));
    }

    /** Only ministry-admins register regions; regions-service refuses anyone else, the page is not offered them. */
    private RestResponse<TemplateInstance> registerPage(FormFeedback feedback, LanguageChoice choice, int status) {
        PortalUser user = currentUser.get();
        if (!user.roles().contains(PortalUser.MINISTRY_ADMIN)) {
            throw new ProblemException(new Problem(403, "Forbidden", "Only ministry-admins register regions",
                    List.of(), "en"));
        }
        return Pages.render(Templates.register(choice.language(), user, feedback, LocalDate.now(Dates.PROGRAMME_ZONE)),
                choice, status);
    }

    private RestResponse<TemplateInstance> render(Search search, int pageIndex, LanguageChoice choice) {
        PortalUser user = currentUser.get();
        OverviewPage page = OverviewPage.of(search,
                regions.regions(blankToNull(search.q()), blankToNull(search.partner()),
                        blankToNull(search.municipality()), pageIndex, OverviewPage.PAGE_SIZE),
                pageIndex, user.roles().contains(PortalUser.MINISTRY_ADMIN));
        return Pages.render(Templates.overview(choice.language(), user, page), choice);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
