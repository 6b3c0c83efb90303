package nl.sto.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import nl.sto.portal.Audience;

/**
 * Checks a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6) against the identity
 * provider of an audience: signed with one of its keys (its JWKS, fetched and refreshed by jose4j), issued by it,
 * for the portal's client, recent, a logout event, no nonce, and naming the session that ended.
 */
@ApplicationScoped
public class LogoutTokenVerifier {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final int CLOCK_SKEW_SECONDS = 30;
    /** A logout token is sent at the moment of the logout; an old one is a replay. */
    private static final int MAX_AGE_SECONDS = 300;

    private final Config config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Audience, JwtConsumer> consumers = new ConcurrentHashMap<>();

    LogoutTokenVerifier(Config config) {
        this.config = config;
    }

    /** The session that ended, as issuer and {@code sid}; empty when the token is not a valid logout token. */
    public Optional<EndedSession> verify(Audience audience, String logoutToken) {
        try {
            JwtClaims claims = consumer(audience).processToClaims(logoutToken);
            if (!isLogoutEvent(claims) || claims.hasClaim("nonce") || !claims.isClaimValueString("sid")) {
                return Optional.empty();
            }
            return Optional.of(new EndedSession(claims.getIssuer(), claims.getStringClaimValue("sid")));
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
        }
    }

    /** An identity provider session that ended. */
    public record EndedSession(String issuer, String sid) {
    }

    private static boolean isLogoutEvent(JwtClaims claims) {
        return claims.getClaimValue("events") instanceof Map<?, ?> events && events.containsKey(LOGOUT_EVENT);
    }

    private JwtConsumer consumer(Audience audience) {
        return consumers.computeIfAbsent(audience, this::newConsumer);
    }

    private JwtConsumer newConsumer(Audience audience) {
        String tenant = "quarkus.oidc." + audience.code() + ".";
        Map<String, Object> provider = discover(config.getValue(tenant + "auth-server-url", String.class));
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(
                        new HttpsJwks((String) provider.get("jwks_uri"))))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer((String) provider.get("issuer"))
                .setExpectedAudience(config.getValue(tenant + "client-id", String.class))
                .setRequireJwtId()
                .setIssuedAtRestrictions(CLOCK_SKEW_SECONDS, MAX_AGE_SECONDS)
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .build();
    }

    /** The provider's discovery document: its issuer name and where its keys are. */
    private Map<String, Object> discover(String authServerUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(authServerUrl + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(authServerUrl + " answered " + response.statusCode() + " for its discovery");
            }
            return JsonUtil.parseJson(response.body());
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("Cannot read the discovery document of " + authServerUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the discovery document of " + authServerUrl, e);
        }
    }
}
