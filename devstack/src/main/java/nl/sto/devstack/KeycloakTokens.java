package nl.sto.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens for tests and scripts, through Keycloak's direct access grant (resource owner password). */
public final class KeycloakTokens {

    /** The public client with direct access grants enabled in every STO realm. */
    public static final String CLI_CLIENT = "sto-cli";
    /** Like {@link #CLI_CLIENT} but its access tokens live 5 s (long enough to be used once on a busy machine), for expired-token tests. */
    public static final String CLI_SHORT_CLIENT = "sto-cli-short";
    public static final String DEMO_PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakTokens() {
    }

    /** An access token for a demo user ({@code demo} password) from client {@code sto-cli}. */
    public static String accessToken(String keycloakUrl, String realm, String username) {
        return password(keycloakUrl, realm, CLI_CLIENT, username, DEMO_PASSWORD);
    }

    /** What a password grant returns: the access token, and the ID and refresh tokens that no service may accept. */
    public record Grant(String accessToken, String idToken, String refreshToken) {
    }

    /** The access token of a password grant; fails with Keycloak's answer if the grant is refused. */
    public static String password(String keycloakUrl, String realm, String clientId, String username, String password) {
        return grant(keycloakUrl, realm, clientId, username, password).accessToken();
    }

    /**
     * The ID token of a demo user from client {@code sto-cli} (the grant asks for scope {@code openid}): a real,
     * validly signed token that says who logged in, but grants no access to an API.
     */
    public static String idToken(String keycloakUrl, String realm, String username) {
        return grant(keycloakUrl, realm, CLI_CLIENT, username, DEMO_PASSWORD).idToken();
    }

    /** The tokens of a password grant (scope openid); fails with Keycloak's answer if the grant is refused. */
    public static Grant grant(String keycloakUrl, String realm, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + username + " in " + realm + " via " + clientId
                        + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
            JsonNode tokens = JSON.readTree(response.body());
            if (!tokens.hasNonNull("access_token")) {
                throw new IllegalStateException("No access_token in Keycloak's answer: " + response.body());
            }
            return new Grant(tokens.get("access_token").asText(), tokens.path("id_token").asText(null),
                    tokens.path("refresh_token").asText(null));
        } catch (IOException e) {
            throw new IllegalStateException("Token request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a token request", e);
        }
    }
}
