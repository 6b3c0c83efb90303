package nl.sto.monitor.events;

import java.util.List;
import java.util.OptionalLong;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The event log of the monitor team (and the ministry's staff): the report, regulation and notification events in one
 * order, as structured CloudEvents that carry their position. Read a page at a time as JSON, or followed live as
 * Server-Sent Events.
 */
@Path("/api/events")
@RolesAllowed({Caller.MONITOR, Caller.MINISTRY_ADMIN, Caller.REVIEWER})
public class EventResource {

    private final EventLogReader log;
    private final EventStream stream;
    private final CurrentCaller caller;

    public EventResource(EventLogReader log, EventStream stream, CurrentCaller caller) {
        this.log = log;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events of the log in log order, as structured CloudEvents with their position: those after "
            + "position after=, of since= on (their time), of the types type= (repeatable; a prefix when it ends in "
            + "*), of the regions region= (repeatable); at most limit= (1 to 1000, 100 when left out): the first "
            + "ones, or with newest=true the last ones")
    public Uni<List<LoggedEvent>> list(
            @QueryParam("since") @Parameter(description = "An ISO-8601 time with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String since,
            @QueryParam("after") @Parameter(description = "The position to continue after",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")) String after,
            @QueryParam("type") List<String> types,
            @QueryParam("region") List<String> regions,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000", defaultValue = "100")) String limit,
            @QueryParam("newest") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            String newest) {
        EventQuery query = EventParameters.query(since, types, regions);
        long from = EventParameters.position("after", after).orElse(0);
        int most = EventParameters.limit(limit);
        return EventParameters.newest(newest) ? log.readNewest(query, from, Long.MAX_VALUE, most)
                : log.read(query, from, Long.MAX_VALUE, most);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The log live, as Server-Sent Events (id: the position, event: the type, data: the "
            + "structured CloudEvent), filtered by type= and region= as the list; after the Last-Event-ID header's "
            + "position first what the log holds, then what is appended; a comment every 15 seconds")
    public Multi<OutboundSseEvent> stream(@QueryParam("type") List<String> types,
            @QueryParam("region") List<String> regions,
            @HeaderParam(EventParameters.LAST_EVENT_ID) @Parameter(description = "The position to resume after")
            String lastEventId,
            @Context Sse sse) {
        EventQuery query = EventParameters.query(null, types, regions);
        OptionalLong after = EventParameters.position(EventParameters.LAST_EVENT_ID, lastEventId);
        return stream.open(query, after, who()).map(message -> message.toSse(sse));
    }

    private String who() {
        Caller current = caller.get();
        return current.name() == null || current.name().isBlank() ? current.subject() : current.name();
    }
}
