package nl.sto.commontest;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tokens that no endpoint may accept, each fetched once per test run: an expired one is waited for only once, and
 * Keycloak is not asked for a new ID token per case.
 */
final class BadTokens {

    static final String GARBAGE = "not-a-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<HostileInputContractTest.Login, String> EXPIRED = new ConcurrentHashMap<>();
    private static final Map<HostileInputContractTest.Login, String> ID_TOKENS = new ConcurrentHashMap<>();
    private static volatile String unknownIssuer;

    private BadTokens() {
    }

    static String fromUnknownIssuer() {
        if (unknownIssuer == null) {
            unknownIssuer = Tokens.fromUnknownIssuer();
        }
        return unknownIssuer;
    }

    /** The user's ID token; it expires with the access tokens, but the suite is done well before. */
    static String idToken(HostileInputContractTest.Login login) {
        return ID_TOKENS.computeIfAbsent(login, l -> Tokens.idToken(l.realm(), l.username()));
    }

    /** A real token of the user that has expired: its {@code exp} is behind us by more than a second. */
    static String expired(HostileInputContractTest.Login login) {
        return EXPIRED.computeIfAbsent(login, l -> {
            String token = Tokens.shortLived(l.realm(), l.username());
            Instant expiry = expiry(token).plusSeconds(1);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Instant.now().isAfter(expiry));
            return token;
        });
    }

    private static Instant expiry(String token) {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        try {
            return Instant.ofEpochSecond(JSON.readTree(new String(payload, StandardCharsets.UTF_8)).path("exp")
                    .asLong());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak's token has no readable exp claim", e);
        }
    }
}
