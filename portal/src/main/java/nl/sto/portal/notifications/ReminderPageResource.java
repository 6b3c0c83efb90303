package nl.sto.portal.notifications;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
import nl.sto.portal.client.notifications.NotificationsClient;
import nl.sto.portal.client.regions.RegionsClient;

/**
 * One reminder of a region, for everyone who sees the region's reminders (its partners, the ministry): to whom,
 * which message, its status, the proof of what was sent (template version, SHA-256 of the message, calendar
 * sequence) and every attempt to deliver it with the mail server's answer. The region page links each reminder here.
 */
@Path("/{audience: school|business|ministry}/regions/{code}/reminders")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReminderPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminder(UiLanguage lang, PortalUser user, ReminderPage page);
    }

    private final NotificationsClient notifications;
    private final RegionsClient regions;
    private final CurrentUser currentUser;

    ReminderPageResource(@RestClient NotificationsClient notifications, @RestClient RegionsClient regions,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reminder of the region: its status, the proof of what was sent, every attempt")
    public RestResponse<TemplateInstance> reminder(@RestPath String audience, @RestPath String code,
            @RestPath String id, @BeanParam LanguageChoice choice) {
        ReminderPage page = new ReminderPage(audience, regions.region(code), notifications.reminder(code, id));
        return Pages.render(Templates.reminder(choice.language(), currentUser.get(), page), choice);
    }
}
