package nl.sto.common.security;

import java.util.Set;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Every service answers who the caller is, as it understood the token. */
@Path("/api/whoami")
@Authenticated
public class WhoamiResource {

    public record Whoami(String audience, String subject, String name, String organisationCode, Set<String> roles) {
    }

    private final CurrentCaller currentCaller;

    public WhoamiResource(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller as this service sees them: audience, subject, name, organisation code, roles")
    public Whoami whoami() {
        Caller caller = currentCaller.get();
        return new Whoami(caller.audience().tenantId(), caller.subject(), caller.name(), caller.organisationCode(),
                caller.roles());
    }
}
