package nl.sto.portal.notifications;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import nl.sto.portal.client.notifications.ReminderViews;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Paged;

/**
 * The ministry's delivery overview: every region's reminders, failures first as notification-service orders them,
 * narrowed down to the statuses chosen, one page of {@link #SIZE} at a time.
 *
 * @param reminders this page of them
 * @param chosen    the statuses asked for (none: all), in the order of {@link ReminderViews#STATUSES}
 * @param pageIndex counted from 0, as the service counts
 */
public record RemindersPage(List<ReminderView> reminders, List<String> chosen, int pageIndex, ReminderAccess may,
        FormFeedback feedback, Outcome done) implements Paged {

    public static final String PATH = "/ministry/reminders";
    static final int SIZE = 50;

    public RemindersPage {
        reminders = List.copyOf(reminders);
        chosen = List.copyOf(chosen);
    }

    /**
     * The statuses of a request as asked, less those that do not exist (an old bookmark, a typo): the service would
     * refuse the whole request for them.
     */
    public static List<String> statuses(List<String> asked) {
        return asked == null ? List.of() : ReminderViews.STATUSES.stream().filter(asked::contains).toList();
    }

    /** A page number as typed in the address: anything but a small whole number is the first page. */
    public static int pageIndex(String asked) {
        return asked != null && asked.matches("\\d{1,4}") ? Integer.parseInt(asked) : 0;
    }

    /** Every status the filter offers. */
    public List<String> statusOptions() {
        return ReminderViews.STATUSES;
    }

    public boolean isChosen(String status) {
        return chosen.contains(status);
    }

    public boolean filtered() {
        return !chosen.isEmpty();
    }

    /** A full page suggests there is more; the service does not say how many there are. */
    public boolean hasNext() {
        return reminders.size() >= SIZE;
    }

    public boolean hasPrevious() {
        return pageIndex > 0;
    }

    /** The page number people read, from 1. */
    public int pageNumber() {
        return pageIndex + 1;
    }

    public String nextUrl() {
        return url(chosen, pageIndex + 1, Outcome.NONE).toString();
    }

    public String previousUrl() {
        return url(chosen, pageIndex - 1, Outcome.NONE).toString();
    }

    /** The resend button of each failed message, for those who may resend; null for everyone else. */
    public ResendButtons resend() {
        return may.manage() ? new ResendButtons(chosen, pageIndex) : null;
    }

    /** Whether a resend was just refused; the reason is shown above the list, with a link to the message. */
    public boolean refused() {
        return !refusedId().isEmpty();
    }

    /** The message whose resend was refused. */
    public String refusedId() {
        return ResendButtons.idOf(feedback.form());
    }

    /** The overview with these statuses on that page, with a form's outcome at (and scrolled to) the list. */
    public static URI url(List<String> statuses, int pageIndex, Outcome done) {
        return url(PATH, statuses, pageIndex, done);
    }

    /** An address below the overview's that carries its filter and page along. */
    static URI url(String path, List<String> statuses, int pageIndex, Outcome done) {
        UriBuilder uri = UriBuilder.fromPath(path);
        if (!statuses.isEmpty()) {
            uri.queryParam("status", statuses.toArray());
        }
        if (pageIndex > 0) {
            uri.queryParam("page", pageIndex);
        }
        if (done != Outcome.NONE) {
            uri.queryParam("done", done.code()).fragment(done.section());
        }
        return uri.build();
    }
}
