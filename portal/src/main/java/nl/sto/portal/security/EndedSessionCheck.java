package nl.sto.portal.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.DefaultTokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a session cookie whose identity provider session has ended ({@link EndedSessions}). The cookies stay
 * quarkus-oidc's own (encrypted tokens, written and read by {@link DefaultTokenStateManager}, whose kind quarkus-oidc
 * also checks to leave the encryption to it); a cookie of an ended session reads as no session at all: quarkus-oidc
 * removes it and sends the browser to the login.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class EndedSessionCheck extends DefaultTokenStateManager {

    /** The ID token's claim naming the identity provider's session (OpenID Connect Back-Channel Logout). */
    static final String SESSION_ID_CLAIM = "sid";

    private final EndedSessions endedSessions;

    EndedSessionCheck(EndedSessions endedSessions) {
        this.endedSessions = endedSessions;
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return super.getTokens(routingContext, oidcConfig, tokenState, requestContext)
                .onItem().transformToUni(tokens -> hasEnded(tokens.getIdToken())
                        ? Uni.createFrom().failure(new AuthenticationFailedException("The session has ended"))
                        : Uni.createFrom().item(tokens));
    }

    /** The identity provider's session of a verified ID token, if it names one (and its issuer). */
    public static Optional<String> sessionId(JsonWebToken token) {
        if (token.getIssuer() == null) {
            return Optional.empty();
        }
        return token.claim(SESSION_ID_CLAIM)
                .map(value -> value instanceof JsonString json ? json.getString() : value.toString());
    }

    /**
     * Read without checking the signature, which quarkus-oidc does next: a forged ID token gains nothing here, it
     * can only be refused earlier.
     */
    private boolean hasEnded(String idToken) {
        try {
            JwtClaims claims = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                    .setSkipSignatureVerification().build().processToClaims(idToken);
            return claims.getIssuer() != null && claims.isClaimValueString(SESSION_ID_CLAIM)
                    && endedSessions.hasEnded(claims.getIssuer(), claims.getStringClaimValue(SESSION_ID_CLAIM));
        } catch (InvalidJwtException | MalformedClaimException unreadable) {
            return false;
        }
    }
}
