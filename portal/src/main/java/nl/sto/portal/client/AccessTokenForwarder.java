package nl.sto.portal.client;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.oidc.AccessTokenCredential;

/**
 * Sends the logged-in person's access token with every call to a backend service, so that the service applies
 * its own access rules (who may act for which region) to that person, never to the portal.
 * <p>
 * quarkus-oidc keeps the tokens of the code flow in the encrypted session cookie and puts the access token on the
 * request's identity; its request-scoped {@link AccessTokenCredential} bean is that token (refreshed along with
 * the session). The extension that does this propagation for us is not available on these machines, hence this
 * small filter.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenForwarder implements ClientRequestFilter {

    private final AccessTokenCredential accessToken;

    AccessTokenForwarder(AccessTokenCredential accessToken) {
        this.accessToken = accessToken;
    }

    /**
     * The {@code Authorization} header of the current request's person, for a call that outlives the request's
     * scope (the live event stream, which the portal relays as long as the browser listens); null without a token.
     */
    public String authorization() {
        String token = accessToken.getToken();
        return token == null || token.isBlank() ? null : "Bearer " + token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String token = accessToken.getToken();
        // Without a token (a page outside the OIDC tenants) the service answers 401, which is the truth.
        if (token != null && !token.isBlank()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }
}
