package nl.sto.portal.reports;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import nl.sto.portal.regions.FormFeedback;
import nl.sto.portal.regions.FormFields;
import nl.sto.portal.regions.Forms;
import nl.sto.portal.regions.Outcome;
import nl.sto.portal.regions.client.ProblemException;
import nl.sto.portal.reports.client.RegulationViews.Amendment;
import nl.sto.portal.reports.client.RegulationViews.Preview;
import nl.sto.portal.reports.client.ReportsClient;

/**
 * The ministry's deadlines: why every date is what it is (the regulation's versions and their sources), who is
 * late, and amending the regulation: a ministry-admin drafts an amendment, sees its dry run (which obligations of
 * which regions move), and publishes it. reports-service refuses amendments to anyone else.
 */
@Path("/ministry/deadlines")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DeadlinesResource {

    static final String FORM = "amend";
    private static final String MINISTRY_ADMIN = "ministry-admin";

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
    @Operation(summary = "The regulation's versions with their sources, who is late, and the amendment form")
    public RestResponse<TemplateInstance> page(@RestQuery String done, @BeanParam LanguageChoice choice) {
        return render(null, Map.of(), FormFeedback.NONE, Outcome.fromCode(done), choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dry run of an amendment (form: legalReference, title, publishedOn, effectiveOn, "
            + "sourceNote, deadlines.<KIND>); changes nothing")
    public RestResponse<TemplateInstance> preview(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        FormFields fields = FormFields.of(form, choice.language());
        try {
            Preview preview = reports.preview(amendment(fields));
            return render(preview, fields.values(), FormFeedback.NONE, Outcome.NONE, choice,
                    RestResponse.StatusCode.OK);
        } catch (ProblemException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            return render(null, Map.of(), new FormFeedback(FORM, refused.problem(), fields.values()), Outcome.NONE,
                    choice, 400);
        }
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Publish the amendment: every affected obligation moves, with its history")
    public RestResponse<TemplateInstance> publish(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        FormFields fields = FormFields.of(form, choice.language());
        URI done = UriBuilder.fromPath("/ministry/deadlines").queryParam("done", Outcome.AMENDMENT_PUBLISHED.code())
                .fragment(Outcome.AMENDMENT_PUBLISHED.section()).build();
        return Forms.handle(FORM, fields, f -> reports.publish(amendment(f)), done,
                feedback -> status -> render(null, Map.of(), feedback, Outcome.NONE, choice, status));
    }

    private RestResponse<TemplateInstance> render(Preview preview, Map<String, String> draft, FormFeedback feedback,
            Outcome done, LanguageChoice choice, int status) {
        PortalUser user = currentUser.get();
        DeadlinesPage page = new DeadlinesPage(reports.regulation(), reports.obligationsWithStatus("OVERDUE"),
                user.roles().contains(MINISTRY_ADMIN), preview, draft, feedback, done);
        return Pages.render(Templates.deadlines(choice.language(), user, page), choice, status);
    }

    /** The drafted amendment; deadlines left empty keep their date. */
    private static Amendment amendment(FormFields fields) {
        LocalDate publishedOn = fields.date("publishedOn");
        LocalDate effectiveOn = fields.date("effectiveOn");
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (String kind : DeadlinesPage.KINDS) {
            LocalDate date = fields.optionalDate(DeadlinesPage.fieldOf(kind));
            if (date != null) {
                deadlines.put(kind, date);
            }
        }
        return fields.request(() -> new Amendment(fields.text("legalReference"), fields.text("title"), publishedOn,
                effectiveOn, fields.text("sourceNote"), deadlines));
    }
}
