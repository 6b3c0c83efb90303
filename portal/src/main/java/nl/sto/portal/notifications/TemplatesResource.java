package nl.sto.portal.notifications;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
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
import nl.sto.portal.client.notifications.NotificationsClient;
import nl.sto.portal.client.notifications.ReminderStep;
import nl.sto.portal.client.notifications.ReminderViews.TestSent;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;

/**
 * The ministry's view of the reminder templates: the list, one template written for notification-service's sample
 * obligation in Dutch or English, and (for ministry-admins) sending that sample to oneself.
 * <p>
 * The test's answer is the page itself, saying where the message went: the address is the one of the person's
 * login, which only the service's answer names.
 */
@Path(TemplatePage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TemplatesResource {

    /**
     * A test refused or failed concerns that form: not this person's to send (403), a login without an e-mail address
     * (409), or the mail server away (503). Shown at the form with the service's reason.
     */
    private static final Set<Integer> SHOWN_WITH_THE_FORM = Set.of(400, 403, 409, 503);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(UiLanguage lang, PortalUser user, List<ReminderStep> steps);

        static native TemplateInstance template(UiLanguage lang, PortalUser user, TemplatePage page);
    }

    private final NotificationsClient notifications;
    private final CurrentUser currentUser;

    TemplatesResource(@RestClient NotificationsClient notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The reminder templates, each with its preview in Dutch and in English")
    public RestResponse<TemplateInstance> templates(@BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        ReminderAccess.of(user).toRead();
        List<ReminderStep> steps = notifications.templates().stream().map(ReminderStep::of).toList();
        return Pages.render(Templates.templates(choice.language(), user, steps), choice);
    }

    @GET
    @Path("{step}/{language}")
    @Operation(summary = "One template written for a sample obligation, in the e-mails' language nl or en")
    public RestResponse<TemplateInstance> template(@RestPath String step, @RestPath String language,
            @BeanParam LanguageChoice choice) {
        return show(step, language, null, FormFeedback.NONE, choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Path("{step}/{language}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send the sample of this template to the address of your own login (ministry-admin)")
    public RestResponse<TemplateInstance> sendTest(@RestPath String step, @RestPath String language,
            MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        FormFields fields = FormFields.of(form, choice.language());
        if (!TemplatePage.knows(language)) {
            throw notFound(language);
        }
        TestSent sent;
        try {
            sent = notifications.sendTest(step, language);
        } catch (ProblemException refused) {
            if (!SHOWN_WITH_THE_FORM.contains(refused.status())) {
                throw refused;
            }
            Problem reason = refused.problem().asSentence();
            return show(step, language, null, new FormFeedback(TemplatePage.TEST_FORM, reason, fields.values()),
                    choice, refused.status());
        }
        return show(step, language, sent, FormFeedback.NONE, choice, RestResponse.StatusCode.OK);
    }

    private RestResponse<TemplateInstance> show(String step, String language, TestSent sent, FormFeedback feedback,
            LanguageChoice choice, int status) {
        PortalUser user = currentUser.get();
        ReminderAccess may = ReminderAccess.of(user).toRead();
        List<String> steps = notifications.templates();
        if (!steps.contains(step)) {
            throw notFound(step);
        }
        if (!TemplatePage.knows(language)) {
            throw notFound(language);
        }
        TemplatePage page = new TemplatePage(step, language, steps, notifications.preview(step, language), sent, may,
                feedback);
        return Pages.render(Templates.template(choice.language(), user, page), choice, status);
    }

    private static ProblemException notFound(String what) {
        return new ProblemException(new Problem(404, "Not found", "There is no template " + what, List.of(), null));
    }
}
