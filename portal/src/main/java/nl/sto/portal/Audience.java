package nl.sto.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three groups of people who use the portal. Each one logs in through its own identity provider (locally
 * one Keycloak realm each), so each is also one OIDC tenant; the tenant id equals {@link #code()}.
 */
public enum Audience {
    SCHOOL("school", Optional.of("brin")),
    BUSINESS("business", Optional.of("kvk")),
    MINISTRY("ministry", Optional.empty());

    private final String code;
    private final Optional<String> organisationClaim;

    Audience(String code, Optional<String> organisationClaim) {
        this.code = code;
        this.organisationClaim = organisationClaim;
    }

    /** Tenant id, first path segment of the audience's pages, and the word shown to the user. */
    public String code() {
        return code;
    }

    /**
     * The token claim that names the user's organisation: the BRIN code of a school, the KvK number of a
     * business. Ministry staff act for no organisation, hence empty.
     */
    public Optional<String> organisationClaim() {
        return organisationClaim;
    }

    public static Optional<Audience> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
