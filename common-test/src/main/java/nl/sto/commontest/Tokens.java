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

    /** A real Keycloak token of a client whose tokens live two seconds: valid now, expired soon. */
    public static String shortLived(String realm, String username) {
        return KeycloakTokens.password(DevstackTestResource.keycloakUrl(), realm, "sto-cli-short", username, "demo");
    }

    /** A real user's ID token from the test run's Keycloak: signed by a trusted realm, but not an access token. */
    public static String idToken(String realm, String username) {
        return KeycloakTokens.idToken(DevstackTestResource.keycloakUrl(), realm, username);
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
