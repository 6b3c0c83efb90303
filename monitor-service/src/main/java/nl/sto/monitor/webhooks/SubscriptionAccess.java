package nl.sto.monitor.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;

/**
 * Who may do what with webhook subscriptions. Only the monitor team and ministry-admins subscribe (region users and
 * reviewers do not: the resource's roles refuse them). A subscription belongs to whoever made it: they see and manage
 * their own, a ministry-admin sees and manages all. Someone else's is a 404 for a monitor user, as an unknown one is,
 * so that nobody learns which subscriptions exist.
 */
@ApplicationScoped
public class SubscriptionAccess {

    private final CurrentCaller caller;

    public SubscriptionAccess(CurrentCaller caller) {
        this.caller = caller;
    }

    public Caller toSubscribe() {
        Caller current = caller.get();
        if (!current.hasRole(Caller.MONITOR) && !current.hasRole(Caller.MINISTRY_ADMIN)) {
            throw ProblemException.forbidden("Only the monitor team and ministry-admins have webhook subscriptions");
        }
        return current;
    }

    /** Whose subscriptions the caller sees: their own, or everyone's (null) for a ministry-admin. */
    public static String ownerSeenBy(Caller caller) {
        return caller.hasRole(Caller.MINISTRY_ADMIN) ? null : caller.subject();
    }

    /** The subscription found, when the caller may see and manage it; else 404 as for one that does not exist. */
    public static WebhookSubscription visible(Caller caller, Object id, WebhookSubscription found) {
        String owner = ownerSeenBy(caller);
        if (found == null || owner != null && !owner.equals(found.ownerSubject)) {
            throw ProblemException.notFound("There is no subscription " + id);
        }
        return found;
    }
}
