package nl.sto.monitor.events;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.security.Caller;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The event log of the monitor team (and the ministry's staff): the report, regulation and notification events in one
 * order, as structured CloudEvents that carry their position, read a page at a time as JSON.
 */
@Path("/api/events")
@RolesAllowed({Caller.MONITOR, Caller.MINISTRY_ADMIN, Caller.REVIEWER})
public class EventResource {

    private final EventLogReader log;

    public EventResource(EventLogReader log) {
        this.log = log;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events of the log in log order, as structured CloudEvents with their position: those after "
            + "position after=, of since= on (their time), of the types type= (repeatable; a prefix when it ends in "
            + "*), of the regions region= (repeatable); at most limit= (1 to 1000, 100 when left out)")
    public Uni<List<LoggedEvent>> list(
            @QueryParam("since") @Parameter(description = "An ISO-8601 time with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String since,
            @QueryParam("after") @Parameter(description = "The position to continue after",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")) String after,
            @QueryParam("type") List<String> types,
            @QueryParam("region") List<String> regions,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000", defaultValue = "100")) String limit) {
        EventQuery query = EventParameters.query(since, types, regions);
        long from = EventParameters.position("after", after).orElse(0);
        return log.read(query, from, Long.MAX_VALUE, EventParameters.limit(limit));
    }
}
