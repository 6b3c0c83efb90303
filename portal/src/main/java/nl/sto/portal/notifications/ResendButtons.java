package nl.sto.portal.notifications;

import java.util.List;

import nl.sto.portal.client.notifications.ReminderViews.ReminderView;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/**
 * The overview's button that sends a failed message again, for ministry-admins. Its address carries the list's filter
 * and page, so that the answer shows the list as it was.
 *
 * @param chosen    the statuses the list is filtered on
 * @param pageIndex the list's page, from 0
 */
public record ResendButtons(List<String> chosen, int pageIndex) {

    private static final String FORM = "resend-";

    public ResendButtons {
        chosen = List.copyOf(chosen);
    }

    /** Only a failed message can be sent again; a temporary failure is retried by the service itself. */
    public boolean offers(ReminderView reminder) {
        return reminder.failed();
    }

    public String action(ReminderView reminder) {
        return RemindersPage.url(RemindersPage.PATH + "/" + reminder.id() + "/resend", chosen, pageIndex, Outcome.NONE)
                .toString();
    }

    public String form(ReminderView reminder) {
        return formOf(reminder.id());
    }

    /** The buttons themselves show nothing: their refusal is shown above the list ({@link RemindersPage#refused()}). */
    public FormFeedback feedback() {
        return FormFeedback.NONE;
    }

    static String formOf(String id) {
        return FORM + id;
    }

    /** The message of a resend form's id; empty for any other form. */
    static String idOf(String form) {
        return form.startsWith(FORM) ? form.substring(FORM.length()) : "";
    }
}
