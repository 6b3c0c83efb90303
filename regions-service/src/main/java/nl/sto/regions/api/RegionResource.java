package nl.sto.regions.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.security.Caller;
import nl.sto.common.rest.Paging;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.CurrentCaller;
import nl.sto.common.validation.ProgrammeDate;
import nl.sto.regions.domain.PlanUpdate;
import nl.sto.regions.domain.RegionReader;
import nl.sto.regions.domain.RegionRegistration;
import nl.sto.regions.domain.RegionRepository.RegionFilter;
import nl.sto.regions.domain.RegionService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record Closing(@NotNull @ProgrammeDate LocalDate closedOn, @Size(max = 500) String reason) {
    }

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final RegionService regions;
    private final RegionReader reader;
    private final RegionAccess access;
    private final CurrentCaller caller;
    private final Clock clock;

    public RegionResource(RegionService regions, RegionReader reader, RegionAccess access, CurrentCaller caller,
            Clock clock) {
        this.regions = regions;
        this.reader = reader;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Register a region: code, name, tranche (1, 2, 3 or LATE), admission date, and for a late "
            + "admission the assessment committee's advice reference")
    public Uni<RestResponse<RegionViews.RegionDetail>> register(@Valid @NotNull RegionRegistration registration) {
        return regions.register(caller.get(), registration, false)
                .flatMap(region -> reader.one(region.code))
                .map(snapshot -> Responses.created("/api/regions/" + snapshot.region().code,
                        RegionViews.detail(snapshot, caller.get(), null, today())));
    }

    @GET
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
    @Operation(summary = "All regions with partner count, municipalities, grant and co-financing totals; "
            + "filter by name or code (q), partner name or identifier, municipality; page from 0, size 1 to 200 (default 100)")
    public Uni<List<RegionViews.RegionSummary>> list(@QueryParam("q") String text,
            @QueryParam("partner") String partner, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return reader.page(new RegionFilter(blankToNull(text), blankToNull(partner), blankToNull(municipality)),
                        Paging.of(page, size, DEFAULT_PAGE_SIZE))
                .map(snapshots -> snapshots.stream().map(s -> RegionViews.summary(s, today())).toList());
    }

    /** One session for the reads and the access check: one pooled connection per request instead of two. */
    @GET
    @Path("/{code}")
    @Authenticated
    @WithSession
    @Operation(summary = "A region with its plan, partners, grants and co-financing per year, and contacts")
    public Uni<RegionViews.RegionDetail> get(@PathParam("code") String code) {
        return reader.one(code).flatMap(snapshot -> access.require(caller.get(), code)
                .map(role -> RegionViews.detail(snapshot, caller.get(), role, today())));
    }

    @PUT
    @Path("/{code}/plan")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Edit the region's name and plan summary (its aims for duurzaam, dekkend, kwalitatief)")
    public Uni<RegionViews.RegionDetail> updatePlan(@PathParam("code") String code, @Valid @NotNull PlanUpdate plan) {
        return regions.updatePlan(caller.get(), code, plan).flatMap(r -> detail(code));
    }

    @POST
    @Path("/{code}/close")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Close the region: its participation ends on closedOn")
    public Uni<RegionViews.RegionDetail> close(@PathParam("code") String code, @Valid @NotNull Closing closing) {
        return regions.close(caller.get(), code, closing.closedOn(), closing.reason()).flatMap(r -> detail(code));
    }

    private Uni<RegionViews.RegionDetail> detail(String code) {
        return reader.one(code).map(snapshot -> RegionViews.detail(snapshot, caller.get(), null, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
