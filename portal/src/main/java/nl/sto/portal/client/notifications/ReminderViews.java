package nl.sto.portal.client.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What notification-service answers about reminders, as far as the portal shows it (unknown JSON properties are
 * ignored, so the service may add some). Statuses and steps are the service's words; the pages name them in the
 * person's language ({@code web:option('reminderStatus', status)}, {@code web:reminder_step(step)}).
 */
public final class ReminderViews {

    /** Every delivery status, in the order a reminder passes them, as the filter of the ministry's page offers. */
    public static final List<String> STATUSES = List.of("scheduled", "sending", "sent", "temporary-failure",
            "permanent-failure", "technical-failure", "cancelled", "skipped");

    /**
     * The statuses the service calls failed: refused for good, or still not delivered when the retries ran out. Only
     * these can be resent; a temporary failure is retried by the service itself.
     */
    public static final List<String> FAILED = List.of("permanent-failure", "technical-failure");

    private ReminderViews() {
    }

    /**
     * One message of the region's reminders: which obligation (by id and due date), which step, to whom, and how far
     * it got.
     *
     * @param statusReason     why it failed, was cancelled or skipped, or who resent it (in English, from the service)
     * @param statusReasonCode the service's code of a reason it decided itself (the portal words it); null for a mail
     *                         server's answer, which is shown as it came
     */
    public record ReminderView(String id, String obligationId, String regionCode, String step, String recipient,
            String language, String status, OffsetDateTime scheduledFor, OffsetDateTime sentAt, int attempts,
            String statusReason, String statusReasonCode, LocalDate dueDate, int deadlineVersion) {

        public boolean failed() {
            return status != null && FAILED.contains(status);
        }

        /** Failed now, or failing and being retried. */
        public boolean failing() {
            return failed() || "temporary-failure".equals(status);
        }

        public ReminderStep stepKind() {
            return ReminderStep.of(step);
        }

        public boolean hasReason() {
            return statusReason != null && !statusReason.isBlank();
        }
    }

    /** One attempt to hand the message to the mail server. */
    public record Attempt(int attempt, OffsetDateTime attemptedAt, String outcome, String detail) {
    }

    /**
     * A reminder with the proof of what was sent: the template that wrote it, a SHA-256 of what was rendered, the
     * calendar entry's sequence, and every attempt.
     */
    public record ReminderDetail(ReminderView reminder, String templateVersion, String contentHash,
            Integer calendarSequence, List<Attempt> attempts) {

        public ReminderDetail {
            attempts = attempts == null ? List.of() : List.copyOf(attempts);
        }
    }

    /**
     * Whether the region's reminders are paused, since when, by whom and why; {@code mayChange}: the reader may pause
     * or resume them (notification-service decides).
     */
    public record Pause(boolean paused, String reason, String pausedBy, OffsetDateTime pausedAt, boolean mayChange) {

        public static final Pause NONE = new Pause(false, null, null, null, false);
    }

    /** Why the ministry pauses a region's reminders; the region sees it. */
    public record PauseRequest(String reason) {
    }

    /** A template written for the service's sample obligation, as a recipient would get it. */
    public record TemplatePreview(String step, String language, String subject, String html, String text,
            String calendar, String templateVersion) {
    }

    /** Where the test message went, and what it said. */
    public record TestSent(String recipient, TemplatePreview message) {
    }
}
