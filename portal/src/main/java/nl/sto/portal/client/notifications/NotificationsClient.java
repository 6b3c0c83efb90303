package nl.sto.portal.client.notifications;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.sto.portal.client.AccessTokenForwarder;
import nl.sto.portal.client.ProblemResponseMapper;
import nl.sto.portal.client.notifications.ReminderViews.Pause;
import nl.sto.portal.client.notifications.ReminderViews.PauseRequest;
import nl.sto.portal.client.notifications.ReminderViews.ReminderDetail;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;
import nl.sto.portal.client.notifications.ReminderViews.TemplatePreview;
import nl.sto.portal.client.notifications.ReminderViews.TestSent;

/**
 * notification-service's API (see notification-service/README.md): the reminders of a region and of all regions,
 * resending a failed one, pausing a region's reminders, and the templates. Called as the logged-in person, like the
 * other services; the service decides who may do what.
 */
@RegisterRestClient(configKey = "notifications")
@RegisterProvider(AccessTokenForwarder.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationsClient {

    /** The region's reminders, sent and planned, in the order they are (or were) due. */
    @GET
    @Path("/regions/{code}/reminders")
    List<ReminderView> regionReminders(@PathParam("code") String code);

    @GET
    @Path("/regions/{code}/reminders/{id}")
    ReminderDetail reminder(@PathParam("code") String code, @PathParam("id") String id);

    /** Every region's reminders, failures first; no status means all. {@code page} counts from 0. */
    @GET
    @Path("/reminders")
    List<ReminderView> reminders(@QueryParam("status") List<String> statuses, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A failed reminder goes out again; 409 when it has not failed. */
    @POST
    @Path("/reminders/{id}/resend")
    ReminderView resend(@PathParam("id") String id);

    @GET
    @Path("/regions/{code}/reminder-pause")
    Pause pause(@PathParam("code") String code);

    @PUT
    @Path("/regions/{code}/reminder-pause")
    Pause pauseReminders(@PathParam("code") String code, PauseRequest request);

    @DELETE
    @Path("/regions/{code}/reminder-pause")
    Pause resumeReminders(@PathParam("code") String code);

    /** The templates, each by the step name of its first message. */
    @GET
    @Path("/reminder-templates")
    List<String> templates();

    /** {@code language} nl or en. */
    @GET
    @Path("/reminder-templates/{step}/preview")
    TemplatePreview preview(@PathParam("step") String step, @QueryParam("language") String language);

    /** Sends the sample message to the caller's own address; 503 when the mail server is away. */
    @POST
    @Path("/reminder-templates/{step}/test")
    TestSent sendTest(@PathParam("step") String step, @QueryParam("language") String language);
}
