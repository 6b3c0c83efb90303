package nl.sto.portal.notifications;

import java.util.List;
import java.util.Set;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;

/**
 * Who may do what on the ministry's reminder pages, following notification-service's rules (which it enforces
 * anyway): ministry staff (ministry-admin, reviewer, monitor) read every region's reminders and the templates;
 * ministry-admins also resend a failed message and send themselves a test. The portal shows only the forms a person
 * may use, and gives everyone else the "Geen toegang" page rather than a page the service would refuse piece by piece.
 *
 * @param read   read the delivery overview and the templates
 * @param manage resend failed messages, send a template to oneself
 */
public record ReminderAccess(boolean read, boolean manage) {

    static final String MINISTRY_ADMIN = "ministry-admin";
    private static final Set<String> READERS = Set.of(MINISTRY_ADMIN, "reviewer", "monitor");

    public static ReminderAccess of(PortalUser user) {
        boolean ministry = user.audience() == Audience.MINISTRY;
        return new ReminderAccess(ministry && user.roles().stream().anyMatch(READERS::contains),
                ministry && user.roles().contains(MINISTRY_ADMIN));
    }

    /** Refuses (403) anyone who may not read the ministry's reminder pages. */
    public ReminderAccess toRead() {
        if (!read) {
            throw new ProblemException(new Problem(403, "Forbidden", "The reminder overview is for ministry staff",
                    List.of(), null));
        }
        return this;
    }
}
