package nl.sto.common.security;

import java.util.Set;

/**
 * Who is calling: the federation they logged in through, their subject and name, the organisation code their
 * token carries (BRIN for schools, KvK number for businesses; none for ministry staff) and their roles.
 */
public record Caller(Audience audience, String subject, String name, String organisationCode, Set<String> roles) {

    public static final String MINISTRY_ADMIN = "ministry-admin";
    public static final String REVIEWER = "reviewer";
    public static final String MONITOR = "monitor";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
