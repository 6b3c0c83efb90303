package nl.sto.portal.regions;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import nl.sto.portal.client.notifications.NotificationsClient;
import nl.sto.portal.client.notifications.ReminderViews.PauseRequest;
import nl.sto.portal.client.regions.RegionCommands.Closing;
import nl.sto.portal.client.regions.RegionCommands.GrantAward;
import nl.sto.portal.client.regions.RegionCommands.Leaving;
import nl.sto.portal.client.regions.RegionCommands.PartnerAdmission;
import nl.sto.portal.client.regions.RegionCommands.PlanUpdate;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.format.Dates;
import nl.sto.portal.web.Confirmation;
import nl.sto.portal.web.ConfirmationPages;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * The ministry-admin's forms on a region page: plan, grants, partners, closing (regions-service), and pausing or
 * resuming the region's reminders (notification-service). The services refuse them to anyone else (403, shown as
 * "Geen toegang").
 */
@Path("/ministry/regions/{code}/manage")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class RegionAdminResource {

    private static final String AUDIENCE = "ministry";

    private final RegionForms forms;
    private final RegionsClient regions;
    private final NotificationsClient notifications;
    private final ConfirmationPages confirmations;

    RegionAdminResource(RegionForms forms, @RestClient RegionsClient regions,
            @RestClient NotificationsClient notifications, ConfirmationPages confirmations) {
        this.forms = forms;
        this.confirmations = confirmations;
        this.regions = regions;
        this.notifications = notifications;
    }

    @POST
    @Path("plan")
    @Operation(summary = "Edit the region's name and plan (form: name, duurzaam, dekkend, kwalitatief)")
    public RestResponse<TemplateInstance> plan(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "edit-plan", Outcome.PLAN_UPDATED, form, choice,
                fields -> regions.updatePlan(code, new PlanUpdate(fields.text("name"), fields.text("duurzaam"),
                        fields.text("dekkend"), fields.text("kwalitatief"))));
    }

    @POST
    @Path("grants")
    @Operation(summary = "Award the grant for a year (form: year, amount)")
    public RestResponse<TemplateInstance> grant(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "award-grant", Outcome.GRANT_AWARDED, form, choice, fields -> {
            Integer year = fields.year("year");
            BigDecimal amount = fields.euros("amount");
            regions.awardGrant(code, fields.request(() -> new GrantAward(year, amount)));
        });
    }

    @POST
    @Path("partners")
    @Operation(summary = "Add a partner (form: identifierType, identifier, name, municipality, role, joinedOn)")
    public RestResponse<TemplateInstance> addPartner(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "add-partner", Outcome.PARTNER_ADDED, form, choice, fields -> {
            LocalDate joinedOn = fields.optionalDate("joinedOn");
            regions.addPartner(code, fields.request(() -> new PartnerAdmission(fields.text("identifierType"),
                    fields.text("identifier"), fields.text("name"), fields.text("municipality"),
                    fields.text("role"), joinedOn)));
        });
    }

    @POST
    @Path("partners/{id}/leave")
    @Operation(summary = "Remove a partner: its membership ends on leftOn (form; empty means today)")
    public RestResponse<TemplateInstance> removePartner(@RestPath String code, @RestPath String id,
            MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "remove-partner-" + id, Outcome.PARTNER_REMOVED, form, choice, fields -> {
            LocalDate leftOn = fields.optionalDate("leftOn");
            regions.removePartner(code, id, fields.request(() -> new Leaving(leftOn)));
        });
    }

    @POST
    @Path("reminders/pause")
    @Operation(summary = "Pause the region's reminders (form: reason, which the region sees); nothing is sent "
            + "until they are resumed")
    public RestResponse<TemplateInstance> pauseReminders(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "pause-reminders", Outcome.REMINDERS_PAUSED, form, choice,
                fields -> notifications.pauseReminders(code, new PauseRequest(fields.text("reason"))));
    }

    @POST
    @Path("reminders/resume")
    @Operation(summary = "Resume the region's reminders")
    public RestResponse<TemplateInstance> resumeReminders(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "resume-reminders", Outcome.REMINDERS_RESUMED, form, choice,
                fields -> notifications.resumeReminders(code));
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the region (form: closedOn, reason)")
    public RestResponse<TemplateInstance> close(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        FormFields check = FormFields.of(form, choice.language());
        LocalDate date = check.date("closedOn");
        // A date that is no date is refused with the form; asking to confirm it first would only delay that.
        if (date != null && !Confirmation.given(check)) {
            return confirmations.ask(closing(code, date, check, choice), choice);
        }
        return forms.submit(AUDIENCE, code, "close-region", Outcome.REGION_CLOSED, form, choice, fields -> {
            LocalDate closedOn = fields.date("closedOn");
            regions.close(code, fields.request(() -> new Closing(closedOn, fields.text("reason"))));
        });
    }

    private Confirmation closing(String code, LocalDate closedOn, FormFields fields, LanguageChoice choice) {
        RegionMessages texts = Texts.of(RegionMessages.class, choice.language());
        RegionDetail region = regions.region(code);
        String page = "/" + AUDIENCE + "/regions/" + code;
        return new Confirmation("regions", texts.confirm_close_title(), texts.confirm_close_text(region.name(), code,
                Dates.format(closedOn, choice.language())), texts.confirm_close_button(), page + "/manage/close",
                page, fields.values());
    }
}
