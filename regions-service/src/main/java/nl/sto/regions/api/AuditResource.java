package nl.sto.regions.api;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.rest.Paging;
import nl.sto.common.security.Caller;
import nl.sto.regions.domain.AuditRepository;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/audit")
@RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER})
public class AuditResource {

    public record AuditView(OffsetDateTime at, String actor, String actorName, String audience, String region,
            String action, String detail) {
    }

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final AuditRepository audit;

    public AuditResource(AuditRepository audit) {
        this.audit = audit;
    }

    @GET
    @WithSession
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail, newest first, of one region or of all (ministry only); page from 0, size 1 to 200 (default 100)")
    public Uni<List<AuditView>> trail(@QueryParam("region") String region,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.latest(region == null || region.isBlank() ? null : region, Paging.of(page, size, DEFAULT_PAGE_SIZE))
                .map(entries -> entries.stream().map(e -> new AuditView(e.at, e.actorSubject, e.actorName,
                        e.actorAudience, e.regionCode, e.action, e.detail)).toList());
    }
}
