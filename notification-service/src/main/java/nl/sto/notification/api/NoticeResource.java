package nl.sto.notification.api;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.security.Caller;
import nl.sto.notification.notices.NoticeService;
import nl.sto.notification.notices.NoticeView;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The notices sent to people who are not a region's contacts, with every attempt: proof for the ministry and monitor. */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeService notices;

    public NoticeResource(NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.MONITOR})
    @Operation(summary = "The latest 200 notices (failures first), with what they said and every attempt")
    public Uni<List<NoticeView>> latest() {
        return notices.latest();
    }
}
