package nl.sto.notification.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.notification.schedule.PlannedStep;
import nl.sto.notification.schedule.ReminderSchedule;
import nl.sto.notification.schedule.ReminderSettings;
import nl.sto.notification.schedule.Steps;

/**
 * An obligation's schedule and the reminder rows that carry it to the contacts. The timed steps become rows when they
 * are due; until then they are computed from the due date, from the obligation's next step on. A reminder's id follows
 * from its idempotency key, so a step shown as planned keeps its id when it becomes a row.
 */
@ApplicationScoped
public class PlannedMessages {

    private final ReminderSchedule schedule;
    private final ZoneId zone;

    public PlannedMessages(ReminderSettings settings, Clock clock) {
        this.schedule = ReminderSchedule.of(settings, clock.getZone());
        this.zone = clock.getZone();
    }

    /** When the obligation's first step after {@code now} is due; null when none is, or its reminders stopped. */
    OffsetDateTime nextStepAfter(TrackedObligation obligation, Instant now) {
        if (!obligation.state.remindable()) {
            return null;
        }
        return schedule.stepsAfter(now, obligation.dueDate, obligation.report).stream().findFirst()
                .map(step -> utc(step.at())).orElse(null);
    }

    /**
     * When the obligation's first step is due once its move has been told: as {@link #nextStepAfter}, but none when
     * the new date has already passed (a date moved into the past gets the message, not a schedule).
     */
    OffsetDateTime nextStepAfterMove(TrackedObligation obligation, Instant now) {
        return obligation.dueDate.isBefore(LocalDate.ofInstant(now, zone)) ? null : nextStepAfter(obligation, now);
    }

    /** The steps still to become reminders: from the obligation's next step on. */
    List<PlannedStep> toCome(TrackedObligation obligation) {
        if (obligation.nextStepAt == null) {
            return List.of();
        }
        Instant next = obligation.nextStepAt.toInstant();
        return schedule.steps(obligation.dueDate, obligation.report).stream()
                .filter(step -> !step.at().isBefore(next)).toList();
    }

    /** The steps still to become reminders whose moment has come. */
    List<PlannedStep> dueBy(TrackedObligation obligation, Instant now) {
        return toCome(obligation).stream().filter(step -> !step.at().isAfter(now)).toList();
    }

    /** The announcement of an obligation to a contact, sent right away. */
    static Reminder announcement(TrackedObligation obligation, Contact contact, Instant now) {
        return message(obligation, contact, Steps.ANNOUNCEMENT, now, true, true);
    }

    /** A step of the obligation's schedule, to a contact. */
    static Reminder step(TrackedObligation obligation, Contact contact, PlannedStep step) {
        return message(obligation, contact, step.step(), step.at(), true, step.beforeDue());
    }

    /** The message that the obligation's date moved (from {@code movedFrom}, by its legal reference), sent right away. */
    static Reminder dateMoved(TrackedObligation obligation, Contact contact, Instant now) {
        Reminder moved = now(obligation, contact, Steps.DATE_MOVED, now);
        moved.previousDueDate = obligation.movedFrom;
        moved.reason = obligation.legalReference;
        return moved;
    }

    /** A message an event caused (date moved, report returned, calendar cancel), sent right away. */
    static Reminder now(TrackedObligation obligation, Contact contact, String step, Instant now) {
        return message(obligation, contact, step, now, false, false);
    }

    private static Reminder message(TrackedObligation obligation, Contact contact, String step, Instant at,
            boolean timed, boolean beforeDue) {
        Reminder r = new Reminder();
        r.idempotencyKey = String.join("|", obligation.id.toString(), step, contact.email,
                "v" + obligation.deadlineVersion);
        r.id = UUID.nameUUIDFromBytes(r.idempotencyKey.getBytes(StandardCharsets.UTF_8));
        r.obligationId = obligation.id;
        r.regionCode = obligation.regionCode;
        r.contactId = contact.id;
        r.recipient = contact.email;
        r.language = contact.language;
        r.step = step;
        r.timed = timed;
        r.beforeDue = beforeDue;
        r.deadlineVersion = obligation.deadlineVersion;
        r.dueDate = obligation.dueDate;
        r.scheduledFor = utc(at);
        r.status = ReminderStatus.SCHEDULED;
        r.nextAttemptAt = r.scheduledFor;
        return r;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
