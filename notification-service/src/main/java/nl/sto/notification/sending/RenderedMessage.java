package nl.sto.notification.sending;

/**
 * A reminder as it goes out: subject, HTML and plain text, its calendar entry, and the proof kept of it (the version
 * of the templates it was written with, and a SHA-256 of everything rendered).
 */
public record RenderedMessage(String subject, String html, String text, String calendar, boolean cancelsCalendar,
        int calendarSequence, String templateVersion, String contentHash) {
}
