package nl.sto.portal.monitor;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.client.monitor.MonitorViews.Delivery;
import nl.sto.portal.client.monitor.MonitorViews.Subscription;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Paged;

/**
 * One subscription: its status, its deliveries newest first ({@link #SIZE} a page, filtered by status), "Opnieuw
 * versturen" on each, and the forms that replay, resume, rotate the secret and delete.
 *
 * @param status    the delivery status filtered on, or null
 * @param pageIndex the deliveries' page, from 0 as the service counts
 */
public record SubscriptionPage(Subscription subscription, List<Delivery> deliveries, String status, int pageIndex,
        FormFeedback feedback, Outcome done) implements Paged {

    public static final int SIZE = 50;
    public static final List<String> STATUSES = List.of("pending", "delivered", "failed");
    public static final String RESEND_FORM = "resend-";
    public static final String REPLAY_FORM = "replay";
    public static final String RESUME_FORM = "resume";
    public static final String ROTATE_FORM = "rotate";

    public SubscriptionPage {
        deliveries = List.copyOf(deliveries);
    }

    public String resumeAction() {
        return url() + "/resume";
    }

    public String rotateAction() {
        return url() + "/secret";
    }

    public String replayAction() {
        return url() + "/replay";
    }

    /** The rows' resend buttons show nothing themselves: their refusal is shown above the list. */
    public FormFeedback rowFeedback() {
        return FormFeedback.NONE;
    }

    /** A status filter as asked; anything else is none. */
    public static String status(String asked) {
        return asked != null && STATUSES.contains(asked) ? asked : null;
    }

    public static int pageIndex(String asked) {
        return asked != null && asked.matches("\\d{1,4}") ? Integer.parseInt(asked) : 0;
    }

    public String id() {
        return subscription.id();
    }

    public String url() {
        return SubscriptionsPage.url(id());
    }

    /** The page with this filter and page of deliveries, a form's outcome at (and scrolled to) its section. */
    public static String url(String id, String status, int pageIndex, Outcome done) {
        UriBuilder uri = UriBuilder.fromPath(SubscriptionsPage.url(id));
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (pageIndex > 0) {
            uri.queryParam("page", pageIndex);
        }
        if (done != Outcome.NONE) {
            uri.queryParam("done", done.code()).fragment(done.section());
        }
        return uri.build().toString();
    }

    public List<String> statusOptions() {
        return STATUSES;
    }

    public boolean hasNext() {
        return deliveries.size() >= SIZE;
    }

    public boolean hasPrevious() {
        return pageIndex > 0;
    }

    public int pageNumber() {
        return pageIndex + 1;
    }

    public String nextUrl() {
        return url(id(), status, pageIndex + 1, Outcome.NONE);
    }

    public String previousUrl() {
        return url(id(), status, pageIndex - 1, Outcome.NONE);
    }

    /** A resend goes back to the list as it was (filter and page). */
    public String resendAction(Delivery delivery) {
        UriBuilder uri = UriBuilder.fromPath(url() + "/deliveries/" + delivery.id() + "/resend");
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (pageIndex > 0) {
            uri.queryParam("page", pageIndex);
        }
        return uri.build().toString();
    }

    public String resendForm(Delivery delivery) {
        return RESEND_FORM + delivery.id();
    }

    /** Whether a resend was just refused; the reason is shown above the list. */
    public boolean resendRefused() {
        return feedback.form().startsWith(RESEND_FORM);
    }

    public boolean mayResume() {
        return subscription.resumable();
    }
}
