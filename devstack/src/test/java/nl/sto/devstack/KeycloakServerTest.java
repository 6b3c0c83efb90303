package nl.sto.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts (or reuses) the JVM's Keycloak with the STO realms; the first start takes 20-40 s. */
class KeycloakServerTest {

    private static String url;

    @BeforeAll
    static void keycloak() {
        url = KeycloakServer.sharedUrl();
    }

    @Test
    void sharesOneKeycloakPerJvm() {
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(KeycloakServer.sharedUrl()).isEqualTo(url);
    }

    @Test
    void schoolTokensCarryBrinAndProfileClaims() {
        JsonNode claims = Jwt.claims(KeycloakTokens.accessToken(url, "sto-schools", "lead-r01"));
        assertThat(claims.path("iss").asText()).isEqualTo(url + "/realms/sto-schools");
        assertThat(claims.path("brin").asText()).isEqualTo("41509");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("lead-r01");
        assertThat(claims.path("email").asText()).isEqualTo("lead-r01@school.sto.example");
        assertThat(claims.path("name").asText()).isEqualTo("Lieke de Vries");
        assertThat(claims.path("typ").asText()).isEqualTo("Bearer");

        JsonNode other = Jwt.claims(KeycloakTokens.accessToken(url, "sto-schools", "school-r02"));
        assertThat(other.path("brin").asText()).isEqualTo("16PK");
    }

    @Test
    void businessTokensCarryKvk() {
        JsonNode claims = Jwt.claims(KeycloakTokens.accessToken(url, "sto-businesses", "biz-r01"));
        assertThat(claims.path("iss").asText()).isEqualTo(url + "/realms/sto-businesses");
        assertThat(claims.path("kvk").asText()).isEqualTo("99000001");
        assertThat(claims.path("email").asText()).isNotBlank();
        assertThat(claims.path("name").asText()).isEqualTo("Bram Visser");
        assertThat(claims.has("brin")).isFalse();
    }

    @Test
    void ministryTokensCarryRealmRoles() {
        assertThat(roles("admin")).contains("ministry-admin").doesNotContain("reviewer", "monitor");
        assertThat(roles("reviewer")).contains("reviewer").doesNotContain("ministry-admin");
        assertThat(roles("monitor")).contains("monitor").doesNotContain("ministry-admin");
        JsonNode claims = Jwt.claims(KeycloakTokens.accessToken(url, "sto-ministry", "admin"));
        assertThat(claims.path("email").asText()).isEqualTo("admin@ministerie.sto.example");
        assertThat(claims.path("name").asText()).isEqualTo("Ada Smit");
    }

    @Test
    void shortClientTokensLiveFiveSecondsForThePlatform() {
        String token = KeycloakTokens.password(url, "sto-schools", KeycloakTokens.CLI_SHORT_CLIENT, "lead-r01", "demo");
        JsonNode claims = Jwt.claims(token);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(5);
        assertThat(claims.path("aud").toString()).contains("sto-api");
        assertThat(claims.path("brin").asText()).isEqualTo("41509");
    }

    /** What a service must refuse as an access token: issued to the client itself, typed ID, without sto-api. */
    @Test
    void idTokenNamesTheUserButIsNoAccessToken() {
        JsonNode claims = Jwt.claims(KeycloakTokens.idToken(url, "sto-ministry", "admin"));
        assertThat(claims.path("iss").asText()).isEqualTo(url + "/realms/sto-ministry");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("admin");
        assertThat(claims.path("typ").asText()).isEqualTo("ID");
        assertThat(claims.path("aud").toString()).contains("sto-cli").doesNotContain("sto-api");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> KeycloakTokens.password(url, "sto-ministry", "sto-cli", "admin", "wrong"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("401");
    }

    /**
     * The portal's browser login: PKCE S256 and the client secret work, and the user lands straight back at the
     * portal with a code: no "complete your profile" or other required-action page in between.
     */
    @Test
    void portalCodeFlowLogsInWithoutProfileQuestions() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String redirectUri = "http://127.0.0.1:8089/school/callback";
        String verifier = "devstack-test-verifier-" + "x".repeat(30);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String realm = url + "/realms/sto-schools/protocol/openid-connect";

        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(realm + "/auth?client_id=sto-portal"
                + "&response_type=code&scope=openid&state=s1&redirect_uri=" + enc(redirectUri)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        // Keycloak marks its login cookies Secure even on http; browsers still send them to 127.0.0.1 (a
        // trustworthy origin), java.net's CookieManager does not, so the cookies are carried over by hand.
        String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("login form").isTrue();

        HttpResponse<String> afterLogin = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=lead-r01&password=demo&credentialId=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?").contains("code=");
        String code = URI.create(location).getQuery().replaceAll(".*code=([^&]+).*", "$1");

        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(realm + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=sto-portal"
                        + "&client_secret=sto-portal-local-secret&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri)
                        + "&code_verifier=" + verifier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode accessToken = Jwt.claims(new ObjectMapper().readTree(tokens.body()).path("access_token").asText());
        assertThat(accessToken.path("brin").asText()).isEqualTo("41509");
        assertThat(accessToken.path("azp").asText()).isEqualTo("sto-portal");
    }

    @Test
    void portalRequiresPkce() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url
                + "/realms/sto-ministry/protocol/openid-connect/auth?client_id=sto-portal&response_type=code&scope=openid"
                + "&redirect_uri=" + enc("http://127.0.0.1:8080/ministry/callback"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
    }

    private static List<String> roles(String user) {
        List<String> roles = new ArrayList<>();
        Jwt.claims(KeycloakTokens.accessToken(url, "sto-ministry", user)).path("realm_access").path("roles")
                .forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
