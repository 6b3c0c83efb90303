package nl.sto.notification.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.sto.notification.reminders.DeliveryAttempt;
import nl.sto.notification.reminders.RegionPause;
import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.StatusReason;

/** What the reminder API answers. */
public final class ReminderViews {

    private ReminderViews() {
    }

    /**
     * One reminder: which obligation, which step, to whom, and how far it got; {@code statusReasonCode} names a reason
     * the service decided ({@link StatusReason}), null for none or for a mail server's answer.
     */
    public record ReminderView(String id, String obligationId, String regionCode, String step, String recipient,
            String language, String status, OffsetDateTime scheduledFor, OffsetDateTime sentAt, int attempts,
            String statusReason, String statusReasonCode, LocalDate dueDate, int deadlineVersion) {

        static ReminderView of(Reminder r) {
            return new ReminderView(r.id.toString(), r.obligationId.toString(), r.regionCode, r.step, r.recipient,
                    r.language, r.status.value(), r.scheduledFor, r.sentAt, r.attempts, r.statusReason,
                    StatusReason.of(r.statusReason).map(StatusReason::code).orElse(null), r.dueDate,
                    r.deadlineVersion);
        }
    }

    /** A reminder with the proof of what was sent: template version, hash of the message, every attempt. */
    public record ReminderDetail(ReminderView reminder, String templateVersion, String contentHash,
            Integer calendarSequence, List<AttemptView> attempts) {
    }

    public record AttemptView(int attempt, OffsetDateTime attemptedAt, String outcome, String detail) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt, a.attemptedAt, a.outcome.value(), a.detail);
        }
    }

    /**
     * Whether the region's reminders are paused, since when, by whom and why; {@code mayChange}: the caller may pause
     * or resume them.
     */
    public record PauseView(boolean paused, String reason, String pausedBy, OffsetDateTime pausedAt,
            boolean mayChange) {

        static PauseView of(RegionPause pause, boolean mayChange) {
            return pause == null ? new PauseView(false, null, null, null, mayChange)
                    : new PauseView(true, pause.reason, pause.pausedBy, pause.pausedAt, mayChange);
        }
    }

    /** Why the ministry pauses a region's reminders; the region sees it. */
    public record PauseRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
