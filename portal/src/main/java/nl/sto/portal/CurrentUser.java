package nl.sto.portal;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Reads the logged-in user of the current request from the tokens of the tenant that authenticated them. */
@RequestScoped
public class CurrentUser {

    /** Set by quarkus-oidc on every identity it creates (OidcUtils.TENANT_ID_ATTRIBUTE). */
    private static final String TENANT_ID_ATTRIBUTE = "tenant-id";

    /**
     * Roles Keycloak gives every user of a realm. They say nothing about what the user may do in the programme,
     * so the portal does not show them.
     */
    private static final Predicate<String> KEYCLOAK_DEFAULT_ROLE = role -> role.startsWith("default-roles-")
            || role.equals("offline_access") || role.equals("uma_authorization");

    private final SecurityIdentity identity;
    private final JsonWebToken accessToken;

    /** Without a qualifier, quarkus-oidc injects the access token; the ID token is the identity's principal. */
    CurrentUser(SecurityIdentity identity, JsonWebToken accessToken) {
        this.identity = identity;
        this.accessToken = accessToken;
    }

    /** Nobody on pages outside the audiences' paths, or when an error page is shown before the login. */
    public Optional<PortalUser> find() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(get());
    }

    public PortalUser get() {
        Audience audience = Audience.fromCode(identity.getAttribute(TENANT_ID_ATTRIBUTE))
                .orElseThrow(() -> new IllegalStateException("Identity was not created by a portal OIDC tenant"));
        String username = claim("preferred_username").orElse(identity.getPrincipal().getName());
        return new PortalUser(
                claim("name").orElse(username),
                username,
                audience,
                audience.organisationClaim().flatMap(this::claim).orElse(""),
                identity.getRoles().stream()
                        .filter(KEYCLOAK_DEFAULT_ROLE.negate())
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }

    /**
     * Who is logged in, to keep something for them alone: the audience and the identity provider's subject ({@code
     * sub}), which stays the same for one person across sessions and is never reused for another.
     */
    public String subject() {
        String subject = identity.getPrincipal() instanceof JsonWebToken idToken && idToken.getSubject() != null
                ? idToken.getSubject()
                : accessToken.getSubject();
        return get().audience().code() + ":" + subject;
    }

    /**
     * A claim from the ID token, else from the access token: which token carries a custom claim such as
     * {@code brin} depends on the identity provider's mappers, and the portal should not care.
     */
    private Optional<String> claim(String name) {
        Optional<String> fromIdToken = identity.getPrincipal() instanceof JsonWebToken idToken
                ? text(idToken, name)
                : Optional.empty();
        return fromIdToken.or(() -> text(accessToken, name));
    }

    private static Optional<String> text(JsonWebToken token, String name) {
        return token.claim(name)
                .map(value -> value instanceof JsonString json ? json.getString() : value.toString())
                .filter(Predicate.not(String::isBlank));
    }
}
