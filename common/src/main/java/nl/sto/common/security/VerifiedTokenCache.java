package nl.sto.common.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.sto.common.cache.LeastRecentlyUsed;

/**
 * A bearer token stays the same token until it expires, so its signature needs checking once, not at every request:
 * measured, the RSA verification was the largest single cost of a request (a fifth of the CPU of
 * {@code GET /api/regions/{code}}). The identity that Quarkus OIDC built from a token is kept, by the exact token
 * text, until the token's own expiry; a token that fails is never kept and fails again each time. Each request gets
 * the kept identity with its own routing context.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** Far above the logins active within a token's lifetime; a bound against a flood of distinct tokens. */
    private static final int MAX_TOKENS = 20_000;

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final LeastRecentlyUsed<String, Verified> verified = new LeastRecentlyUsed<>(MAX_TOKENS);

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearerToken(context);
        if (token == null) {
            return delegate.authenticate(context, identities);
        }
        Verified known = verified.get(token);
        if (known != null && known.expiresAtSecond() > nowSecond()) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.identity())
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context).build());
        }
        return delegate.authenticate(context, identities).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        if (jwt.getExpirationTime() > nowSecond()) {
            verified.put(token, new Verified(identity, jwt.getExpirationTime()));
        }
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim() : null;
    }

    private static long nowSecond() {
        return System.currentTimeMillis() / 1000;
    }
}
