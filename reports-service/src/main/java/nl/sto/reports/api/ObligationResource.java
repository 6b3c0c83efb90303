package nl.sto.reports.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.regions.KnownRegionRepository;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.reports.obligations.ObligationReader;
import nl.sto.reports.obligations.ObligationStatus;
import nl.sto.reports.obligations.ObligationViews.ObligationView;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationResource {

    private final ObligationReader reader;
    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public ObligationResource(ObligationReader reader, KnownRegionRepository regions, RegionAccess access,
            CurrentCaller caller) {
        this.reader = reader;
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/regions/{code}/obligations")
    @Authenticated
    @Operation(summary = "The region's obligations: kind, due date, status, the legal reference that set the date, "
            + "and the history of every move (from, to, reason)")
    public Uni<List<ObligationView>> ofRegion(@PathParam("code") String code) {
        return regions.requireKnown(code)
                .flatMap(known -> access.require(caller.get(), code))
                .flatMap(role -> reader.ofRegion(code)
                        .map(list -> list.stream().map(view -> view.forReader(role)).toList()));
    }

    @GET
    @Path("/regions/{code}/obligations/{id}")
    @Authenticated
    @Operation(summary = "One obligation of the region with its full history")
    public Uni<ObligationView> one(@PathParam("code") String code, @PathParam("id") UUID id) {
        return regions.requireKnown(code)
                .flatMap(known -> access.require(caller.get(), code))
                .flatMap(role -> reader.one(code, id).map(view -> view.forReader(role)));
    }

    @GET
    @Path("/obligations")
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
    @Operation(summary = "Obligations of every region with the given statuses (default OVERDUE): who is late")
    public Uni<List<ObligationView>> withStatus(@QueryParam("status") List<String> statuses) {
        Set<ObligationStatus> wanted = statuses == null || statuses.isEmpty() ? Set.of(ObligationStatus.OVERDUE)
                : statuses.stream().map(ObligationResource::status).collect(Collectors.toSet());
        return reader.withStatus(wanted);
    }

    /** Taken as text: a status that does not exist is a 400 naming the parameter, not the 404 of a failed conversion. */
    private static ObligationStatus status(String name) {
        return Arrays.stream(ObligationStatus.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status", "must be one of "
                        + Arrays.toString(ObligationStatus.values())));
    }
}
