package nl.sto.portal.notifications;

import java.util.List;

import nl.sto.portal.client.notifications.ReminderStep;
import nl.sto.portal.client.notifications.ReminderViews.TemplatePreview;
import nl.sto.portal.client.notifications.ReminderViews.TestSent;
import nl.sto.portal.web.FormFeedback;

/**
 * One reminder template as notification-service writes it for its sample obligation, in one of the two languages
 * of the e-mails: subject, text part, the HTML part's source (shown as text, never rendered: the portal's pages allow
 * no inline styles, and a message is no part of the portal) and the calendar entry.
 *
 * @param steps   every template, to go to another
 * @param preview the message in {@code language}
 * @param sent    where the test message just went; null when none was sent
 */
public record TemplatePage(String step, String language, List<String> steps, TemplatePreview preview, TestSent sent,
        ReminderAccess may, FormFeedback feedback) {

    public static final String PATH = "/ministry/reminder-templates";
    public static final String TEST_FORM = "send-test";
    static final List<String> LANGUAGES = List.of("nl", "en");

    public TemplatePage {
        steps = List.copyOf(steps);
    }

    /** Whether the address names one of the e-mails' languages. */
    public static boolean knows(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public ReminderStep kind() {
        return ReminderStep.of(step);
    }

    /** The page's own address, which the language toggle of the portal keeps. */
    public String path() {
        return path(step, language);
    }

    public String path(String otherStep, String otherLanguage) {
        return PATH + "/" + otherStep + "/" + otherLanguage;
    }

    /** The same template in the other language of the e-mails. */
    public String otherLanguage() {
        return "nl".equals(language) ? "en" : "nl";
    }

    public String testAction() {
        return path() + "/test";
    }

    public boolean hasCalendar() {
        return preview.calendar() != null && !preview.calendar().isBlank();
    }

    public boolean hasHtml() {
        return preview.html() != null && !preview.html().isBlank();
    }
}
