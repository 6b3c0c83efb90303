package nl.sto.portal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The three groups of people who use the portal. Each one logs in through its own identity provider (locally
 * one Keycloak realm each), so each is also one OIDC tenant; the tenant id equals {@link #code()}.
 */
public enum Audience {
    SCHOOL("school", Optional.of("brin")),
    BUSINESS("business", Optional.of("kvk")),
    MINISTRY("ministry", Optional.empty());

    /**
     * The roles that make someone ministry staff. They count only from the ministry's own login: a school or
     * business identity provider that hands out a role of this name (by mistake or on purpose) grants nothing.
     */
    private static final Set<String> MINISTRY_ROLES = Set.of("ministry-admin", "reviewer", "monitor");

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

    /** Whether a role given by this audience's identity provider counts in the portal. */
    public boolean honours(String role) {
        return this == MINISTRY || !MINISTRY_ROLES.contains(role);
    }

    public static Optional<Audience> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
