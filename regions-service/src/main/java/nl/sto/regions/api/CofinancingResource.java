package nl.sto.regions.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.common.security.CurrentCaller;
import nl.sto.regions.domain.CofinancingService;
import nl.sto.regions.domain.RegionReader;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Co-financing by the region's business partners. A business states and confirms its own commitment (its KvK
 * number comes from its login, never from the request); it reads only its own history, the others in the region
 * and the ministry read everyone's.
 */
@Path("/api/regions/{code}/cofinancing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CofinancingResource {

    public record Commitment(@NotNull Integer year, @NotNull BigDecimal amount,
            @NotBlank String kind) {
    }

    public record Statement(String kvk, String partner, int year, BigDecimal amount, String kind, boolean confirmed,
            boolean withdrawn, String statedAt) {
    }

    private final CofinancingService cofinancing;
    private final RegionReader reader;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public CofinancingResource(CofinancingService cofinancing, RegionReader reader, RegionAccess access,
            CurrentCaller caller) {
        this.cofinancing = cofinancing;
        this.reader = reader;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "State your business' co-financing commitment for a year: amount and kind (MONEY, IN_KIND)")
    public Uni<RegionViews.Cofinancing> state(@PathParam("code") String code, @Valid @NotNull Commitment commitment) {
        return access.requireOneOf(caller.get(), code, RegionRole.BUSINESS)
                .flatMap(role -> cofinancing.state(caller.get(), code, caller.get().organisationCode(),
                        commitment.year(), commitment.amount(), commitment.kind()))
                .map(s -> RegionViews.statement(s, null));
    }

    @POST
    @Path("/{year}/confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm your business' latest stated commitment for the year")
    public Uni<RegionViews.Cofinancing> confirm(@PathParam("code") String code, @PathParam("year") int year) {
        return access.requireOneOf(caller.get(), code, RegionRole.BUSINESS)
                .flatMap(role -> cofinancing.confirm(caller.get(), code, caller.get().organisationCode(), year))
                .map(s -> RegionViews.statement(s, null));
    }

    @POST
    @Path("/{year}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw your business' commitment for the year while it is not confirmed (e.g. a wrong year)")
    public Uni<RegionViews.Cofinancing> withdraw(@PathParam("code") String code, @PathParam("year") int year) {
        return access.requireOneOf(caller.get(), code, RegionRole.BUSINESS)
                .flatMap(role -> cofinancing.withdraw(caller.get(), code, caller.get().organisationCode(), year))
                .map(s -> RegionViews.statement(s, null));
    }

    @GET
    @Operation(summary = "The history of co-financing statements and confirmations, oldest first")
    public Uni<List<Statement>> history(@PathParam("code") String code) {
        return access.require(caller.get(), code).flatMap(role -> reader.one(code).map(snapshot -> {
            Map<String, String> names = snapshot.memberships().stream()
                    .collect(Collectors.toMap(m -> m.identifier, m -> m.name, (a, b) -> a));
            String ownKvk = caller.get().organisationCode();
            return snapshot.cofinancing().stream()
                    .filter(s -> role != RegionRole.BUSINESS || s.kvk.equals(ownKvk))
                    .map(s -> new Statement(s.kvk, names.get(s.kvk), s.year, s.amount, s.kind, s.confirmed,
                            s.withdrawn, s.statedAt.toString()))
                    .toList();
        }));
    }
}
