package nl.sto.notification.api;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import nl.sto.common.problem.ProblemException;
import nl.sto.common.rest.Paging;
import nl.sto.common.security.Caller;
import nl.sto.notification.api.ReminderViews.AttemptView;
import nl.sto.notification.api.ReminderViews.PauseRequest;
import nl.sto.notification.api.ReminderViews.PauseView;
import nl.sto.notification.api.ReminderViews.ReminderDetail;
import nl.sto.notification.api.ReminderViews.ReminderView;
import nl.sto.notification.reminders.ReminderService;
import nl.sto.notification.reminders.ReminderStatus;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final ReminderService reminders;
    private final NotificationAccess access;

    public ReminderResource(ReminderService reminders, NotificationAccess access) {
        this.reminders = reminders;
        this.access = access;
    }

    @GET
    @Path("/regions/{code}/reminders")
    @Authenticated
    @Operation(summary = "The region's reminders, sent and planned: obligation, step, recipient, status, when")
    public Uni<List<ReminderView>> ofRegion(@PathParam("code") String code) {
        return access.toRead(code).chain(() -> reminders.ofRegion(code))
                .map(list -> list.stream().map(ReminderView::of).toList());
    }

    @GET
    @Path("/regions/{code}/reminders/{id}")
    @Authenticated
    @Operation(summary = "One reminder with the proof of what was sent: template version, hash, every attempt")
    public Uni<ReminderDetail> one(@PathParam("code") String code, @PathParam("id") UUID id) {
        return access.toRead(code).chain(() -> reminders.proof(code, id))
                .map(proof -> new ReminderDetail(ReminderView.of(proof.reminder()), proof.reminder().templateVersion,
                        proof.reminder().contentHash, proof.reminder().calendarSequence,
                        proof.attempts().stream().map(AttemptView::of).toList()));
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
    @Operation(summary = "Every region's reminders, failures first; status= (repeatable) narrows them down")
    public Uni<List<ReminderView>> overview(@QueryParam("status") List<String> statuses,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        List<ReminderStatus> wanted = statuses == null ? List.of()
                : statuses.stream().map(ReminderResource::status).toList();
        return reminders.overview(wanted, paging.index, paging.size)
                .map(list -> list.stream().map(ReminderView::of).toList());
    }

    @POST
    @Path("/reminders/{id}/resend")
    @Authenticated
    @Operation(summary = "Send a failed reminder again (ministry-admin); 409 when it has not failed")
    public Uni<ReminderView> resend(@PathParam("id") UUID id) {
        Caller admin = access.toManage();
        return reminders.resend(id, who(admin)).map(ReminderView::of);
    }

    @GET
    @Path("/regions/{code}/reminder-pause")
    @Authenticated
    @Operation(summary = "Whether the region's reminders are paused, by whom and why")
    public Uni<PauseView> pause(@PathParam("code") String code) {
        return access.toRead(code).chain(() -> reminders.pauseOf(code))
                .map(pause -> PauseView.of(pause, access.mayManage()));
    }

    @PUT
    @Path("/regions/{code}/reminder-pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Pause the region's reminders (ministry-admin), with a reason the region sees")
    public Uni<PauseView> pause(@PathParam("code") String code, @Valid @NotNull PauseRequest request) {
        return access.toManage(code).chain(admin -> reminders.pause(code, request.reason(), who(admin)))
                .map(pause -> PauseView.of(pause, true));
    }

    @DELETE
    @Path("/regions/{code}/reminder-pause")
    @Authenticated
    @Operation(summary = "Resume the region's reminders (ministry-admin)")
    public Uni<PauseView> resume(@PathParam("code") String code) {
        return access.toManage(code).chain(admin -> reminders.resume(code)).replaceWith(PauseView.of(null, true));
    }

    private static String who(Caller caller) {
        return caller.name() == null || caller.name().isBlank() ? caller.subject() : caller.name();
    }

    /** Taken as text: a status that does not exist is a 400 naming the parameter. */
    private static ReminderStatus status(String value) {
        return Arrays.stream(ReminderStatus.values()).filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status", "must be one of "
                        + Arrays.stream(ReminderStatus.values()).map(ReminderStatus::value).toList()));
    }
}
