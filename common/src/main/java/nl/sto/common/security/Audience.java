package nl.sto.common.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three federations people log in through. The OIDC tenant id of each is the audience's name, so the
 * audience follows from the tenant that verified the token (which Quarkus picks by the token's issuer).
 */
public enum Audience {
    SCHOOL("school", "brin"),
    BUSINESS("business", "kvk"),
    MINISTRY("ministry", null);

    private final String tenantId;
    private final String organisationClaim;

    Audience(String tenantId, String organisationClaim) {
        this.tenantId = tenantId;
        this.organisationClaim = organisationClaim;
    }

    public String tenantId() {
        return tenantId;
    }

    /** The token claim that carries the caller's organisation code, if this audience has one. */
    public Optional<String> organisationClaim() {
        return Optional.ofNullable(organisationClaim);
    }

    public static Optional<Audience> ofTenant(String tenantId) {
        return Arrays.stream(values()).filter(a -> a.tenantId.equals(tenantId)).findFirst();
    }
}
