package nl.sto.common.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The 401 of a request without a valid token: problem+json with the {@code WWW-Authenticate} challenge of the
 * authentication mechanism (the OIDC bearer mechanism's, {@code Bearer}), as Quarkus would send it without a body.
 */
final class AuthenticationChallenge {

    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    static final Problem PROBLEM = Problem.of(401, "Unauthorized",
            "A valid bearer token from one of the platform's logins is needed");
    private static final String BEARER = "Bearer";

    private AuthenticationChallenge() {
    }

    /** The challenge's headers; {@code WWW-Authenticate: Bearer} when the mechanism offers none. */
    static Uni<Map<String, String>> headers(RoutingContext context) {
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(withChallenge(null));
        }
        return authenticator.getChallenge(context).map(AuthenticationChallenge::withChallenge)
                .onFailure().recoverWithItem(() -> withChallenge(null));
    }

    private static Map<String, String> withChallenge(ChallengeData challenge) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (challenge != null && challenge.getHeaders() != null) {
            challenge.getHeaders().forEach((name, value) -> headers.put(name.toString(), value));
        }
        if (headers.keySet().stream().noneMatch(WWW_AUTHENTICATE::equalsIgnoreCase)) {
            headers.put(WWW_AUTHENTICATE, BEARER);
        }
        return headers;
    }
}
