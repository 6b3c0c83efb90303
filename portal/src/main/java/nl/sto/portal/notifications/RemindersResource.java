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
import nl.sto.portal.client.notifications.NotificationsClient;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Outcome;

/**
 * The ministry's delivery overview of the reminders, failures first, with a status filter, and the resend button of
 * every failed message. Pausing a region's reminders is on the region's own page, beside its reminders.
 * <p>
 * One class for the page and its form on purpose: Quarkus REST routes a request to the resource class with the
 * longest matching path and does not fall back to another class.
 */
@Path(RemindersPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RemindersResource {

    /**
     * A resend refused concerns that one message, not the page: not failed (any more), gone, or not this person's to
     * resend. Shown above the list with the service's reason and a link to the message; the page around it stays.
     */
    private static final Set<Integer> SHOWN_WITH_THE_LIST = Set.of(403, 404, 409);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(UiLanguage lang, PortalUser user, RemindersPage page);
    }

    private final NotificationsClient notifications;
    private final CurrentUser currentUser;

    RemindersResource(@RestClient NotificationsClient notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Every region's reminders, failures first; status= (repeatable) and page= narrow them down")
    public RestResponse<TemplateInstance> overview(@RestQuery("status") List<String> status, @RestQuery String page,
            @RestQuery String done, @BeanParam LanguageChoice choice) {
        return show(RemindersPage.statuses(status), RemindersPage.pageIndex(page), FormFeedback.NONE,
                Outcome.fromCode(done), choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Path("{id}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send a failed reminder again (ministry-admin); back to the overview as it was filtered "
            + "(status=, page= as the overview's)")
    public RestResponse<TemplateInstance> resend(@RestPath String id, @RestQuery("status") List<String> status,
            @RestQuery String page, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        List<String> statuses = RemindersPage.statuses(status);
        int pageIndex = RemindersPage.pageIndex(page);
        FormFields fields = FormFields.of(form, choice.language());
        try {
            notifications.resend(id);
        } catch (ProblemException refused) {
            if (!SHOWN_WITH_THE_LIST.contains(refused.status())) {
                throw refused;
            }
            Problem reason = refused.problem().asSentence();
            FormFeedback feedback = new FormFeedback(ResendButtons.formOf(id), reason, fields.values());
            // 404: the message is gone, a conflict with what the page showed (as Forms has it for rows).
            return show(statuses, pageIndex, feedback, Outcome.NONE, choice,
                    refused.status() == 404 ? 409 : refused.status());
        }
        return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SEE_OTHER)
                .location(RemindersPage.url(statuses, pageIndex, Outcome.REMINDER_RESENT)).build();
    }

    private RestResponse<TemplateInstance> show(List<String> statuses, int pageIndex, FormFeedback feedback,
            Outcome done, LanguageChoice choice, int status) {
        PortalUser user = currentUser.get();
        ReminderAccess may = ReminderAccess.of(user).toRead();
        RemindersPage page = new RemindersPage(notifications.reminders(statuses, pageIndex, RemindersPage.SIZE),
                statuses, pageIndex, may, feedback, done);
        return Pages.render(Templates.overview(choice.language(), user, page), choice, status);
    }
}
