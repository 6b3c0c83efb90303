package nl.sto.common.security;

import java.util.Set;
import java.util.TreeSet;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, read once from the verified token. */
@RequestScoped
public class CurrentCaller {

    /** Quarkus OIDC records on the identity which tenant verified the token. */
    static final String TENANT_ID_ATTRIBUTE = "tenant-id";
    /** Roles every Keycloak user has; they say nothing about the platform. */
    private static final Set<String> IDP_DEFAULT_ROLES = Set.of("offline_access", "uma_authorization");

    private final SecurityIdentity identity;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        String tenant = identity.getAttribute(TENANT_ID_ATTRIBUTE);
        Audience audience = Audience.ofTenant(tenant)
                .orElseThrow(() -> new IllegalStateException("Token verified by unknown OIDC tenant " + tenant));
        String organisation = audience.organisationClaim().map(claim -> (String) token.getClaim(claim)).orElse(null);
        return new Caller(audience, token.getSubject(), displayName(token), organisation, platformRoles());
    }

    private static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }

    private Set<String> platformRoles() {
        Set<String> roles = new TreeSet<>();
        identity.getRoles().stream()
                .filter(role -> !IDP_DEFAULT_ROLES.contains(role) && !role.startsWith("default-roles-"))
                .forEach(roles::add);
        return roles;
    }
}
