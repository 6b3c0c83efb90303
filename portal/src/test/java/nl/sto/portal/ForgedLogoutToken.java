package nl.sto.portal;

import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** A logout token that says everything a real one says, but is signed by a key of its own rather than Keycloak's. */
final class ForgedLogoutToken {

    private ForgedLogoutToken() {
    }

    static String signedByAnotherKey(String issuer) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience("sto-portal");
            claims.setIssuedAtToNow();
            claims.setGeneratedJwtId();
            claims.setSubject(UUID.randomUUID().toString());
            claims.setClaim("sid", UUID.randomUUID().toString());
            claims.setClaim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
