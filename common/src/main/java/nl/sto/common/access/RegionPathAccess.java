package nl.sto.common.access;

import java.util.regex.Pattern;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.CurrentCaller;

/**
 * A caller who may not act for a region at all gets 403 on everything below {@code /api/regions/{code}/}, before
 * the body is read or validated: otherwise an outsider would learn an endpoint's validation rules from its 400s.
 * Only the coarse question is asked here; which role may do what stays with each service's own policy. Anonymous
 * callers pass on to the endpoint's own 401.
 */
public class RegionPathAccess {

    private static final Pattern REGION_PATH = Pattern.compile("/api/regions/[^/]+(/.*)?");

    private final RegionAccess access;
    private final SecurityIdentity identity;
    private final CurrentCaller caller;

    RegionPathAccess(RegionAccess access, SecurityIdentity identity, CurrentCaller caller) {
        this.access = access;
        this.identity = identity;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> refuseOutsiders(UriInfo uri) {
        String code = uri.getPathParameters().getFirst("code");
        if (code == null || identity.isAnonymous() || !REGION_PATH.matcher(uri.getPath()).matches()) {
            return Uni.createFrom().voidItem();
        }
        return access.require(caller.get(), code).replaceWithVoid();
    }
}
