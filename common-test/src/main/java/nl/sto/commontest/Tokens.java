package nl.sto.commontest;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;

import io.smallrye.jwt.build.Jwt;

import nl.sto.devstack.DevstackTestResource;
import nl.sto.devstack.KeycloakTokens;

/** Real access tokens of the demo users from the test run's Keycloak, and tokens no service may accept. */
public final class Tokens {

    public static final String SCHOOLS = "sto-schools";
    public static final String BUSINESSES = "sto-businesses";
    public static final String MINISTRY = "sto-ministry";

    private Tokens() {
    }

    public static String of(String realm, String username) {
        return KeycloakTokens.accessToken(DevstackTestResource.keycloakUrl(), realm, username);
    }

    public static String leadR01() {
        return of(SCHOOLS, "lead-r01");
    }

    public static String schoolR02() {
        return of(SCHOOLS, "school-r02");
    }

    public static String businessR01() {
        return of(BUSINESSES, "biz-r01");
    }

    public static String admin() {
        return of(MINISTRY, "admin");
    }

    public static String reviewer() {
        return of(MINISTRY, "reviewer");
    }

    public static String monitor() {
        return of(MINISTRY, "monitor");
    }

    /** A real Keycloak token of a client whose tokens live five seconds: valid now, expired soon. */
    public static String shortLived(String realm, String username) {
        return KeycloakTokens.password(DevstackTestResource.keycloakUrl(), realm, "sto-cli-short", username, "demo");
    }

    /** A school login whose identity provider also claims the ministry role ministry-admin, which it may not grant. */
    public static String rogueAdmin() {
        return of(SCHOOLS, "rogue-admin");
    }

    /** A real ID token of sto-cli: signed by the realm, but meant for the client, not for the platform's APIs. */
    public static String idToken(String realm, String username) {
        return grant(realm, KeycloakTokens.CLI_CLIENT, username).idToken();
    }

    /** A real refresh token: for Keycloak only. */
    public static String refreshToken(String realm, String username) {
        return grant(realm, KeycloakTokens.CLI_CLIENT, username).refreshToken();
    }

    /** A real access token of a client of the realm that is not the platform's (Keycloak's own admin-cli). */
    public static String ofOtherClient(String realm, String username) {
        return grant(realm, "admin-cli", username).accessToken();
    }

    private static KeycloakTokens.Grant grant(String realm, String clientId, String username) {
        return KeycloakTokens.grant(DevstackTestResource.keycloakUrl(), realm, clientId, username,
                KeycloakTokens.DEMO_PASSWORD);
    }

    /** A well-formed, signed token from an issuer none of the services trusts. */
    public static String fromUnknownIssuer() {
        return Jwt.issuer("http://127.0.0.1:1/realms/not-sto")
                .subject("intruder")
                .claim("preferred_username", "admin")
                .groups("ministry-admin")
                .expiresIn(300)
                .sign(freshKey());
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
