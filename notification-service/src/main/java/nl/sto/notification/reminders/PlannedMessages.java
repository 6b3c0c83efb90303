package nl.sto.notification.reminders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.sto.notification.schedule.PlannedStep;
import nl.sto.notification.schedule.ReminderSchedule;
import nl.sto.notification.schedule.Steps;

/** Turns an obligation, a contact and a step into the reminder row that carries it to the contact. */
final class PlannedMessages {

    private final ReminderSchedule schedule;

    PlannedMessages(ReminderSchedule schedule) {
        this.schedule = schedule;
    }

    /** The announcement (when asked for) and every step still ahead of {@code now}. */
    List<Reminder> timed(TrackedObligation obligation, Contact contact, Instant now, boolean announce) {
        List<Reminder> planned = new ArrayList<>();
        if (announce) {
            planned.add(message(obligation, contact, Steps.ANNOUNCEMENT, now, true, true));
        }
        for (PlannedStep step : schedule.stepsAfter(now, obligation.dueDate, obligation.report)) {
            planned.add(message(obligation, contact, step.step(), step.at(), true, step.beforeDue()));
        }
        return planned;
    }

    /** A message an event caused (date moved, report returned, calendar cancel), sent right away. */
    static Reminder now(TrackedObligation obligation, Contact contact, String step, Instant now) {
        return message(obligation, contact, step, now, false, false);
    }

    static Reminder message(TrackedObligation obligation, Contact contact, String step, Instant at, boolean timed,
            boolean beforeDue) {
        Reminder r = new Reminder();
        r.id = UUID.randomUUID();
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
        r.scheduledFor = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        r.idempotencyKey = String.join("|", obligation.id.toString(), step, contact.email,
                "v" + obligation.deadlineVersion);
        return r;
    }
}
