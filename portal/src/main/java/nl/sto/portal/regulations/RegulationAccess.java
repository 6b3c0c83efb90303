package nl.sto.portal.regulations;

import java.util.List;
import java.util.Set;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;

/**
 * Who may do what on the regulation pages: ministry staff (ministry-admin, reviewer, monitor) read the regulations,
 * ministry-admins also draft, publish and amend them. reports-service checks the same again; the portal refuses
 * earlier so that nobody is shown a form they cannot use, and everyone else gets the "Geen toegang" page.
 */
public record RegulationAccess(boolean read, boolean draft) {

    static final String MINISTRY_ADMIN = "ministry-admin";
    private static final Set<String> READERS = Set.of(MINISTRY_ADMIN, "reviewer", "monitor");

    public static RegulationAccess of(PortalUser user) {
        boolean ministry = user.audience() == Audience.MINISTRY;
        return new RegulationAccess(ministry && user.roles().stream().anyMatch(READERS::contains),
                ministry && user.roles().contains(MINISTRY_ADMIN));
    }

    /** Refuses (403) anyone who may not read the regulations. */
    public RegulationAccess toRead() {
        if (!read) {
            throw forbidden();
        }
        return this;
    }

    /** Refuses (403) anyone who may not draft, publish or amend. */
    public RegulationAccess toDraft() {
        if (!draft) {
            throw forbidden();
        }
        return this;
    }

    private static ProblemException forbidden() {
        return new ProblemException(new Problem(403, "Forbidden", "Regulations are for ministry staff", List.of(),
                null));
    }
}
