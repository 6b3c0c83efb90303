package nl.sto.notification.sending;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.notification.reminders.ObligationState;
import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.TrackedObligation;
import nl.sto.notification.schedule.Steps;

/**
 * Every message as a recipient would get it, written from a sample obligation (a fictional region, a report due in
 * two weeks that an amendment moved), so that the ministry can read each template in both languages, and send one
 * to itself, before any region gets it. The sample is never stored.
 */
@ApplicationScoped
public class TemplatePreviews {

    /** The templates, each by the step name of its first message. */
    public static final List<String> STEPS = List.of(Steps.ANNOUNCEMENT, Steps.before(14), Steps.DUE_DAY,
            Steps.overdue(1), Steps.DATE_MOVED, Steps.returned(1), Steps.calendarCancel(1));
    private static final UUID SAMPLE_OBLIGATION = UUID.nameUUIDFromBytes("sample obligation".getBytes(
            StandardCharsets.UTF_8));

    private final MessageWriter writer;
    private final ReactiveMailer mailer;
    private final Clock clock;

    public TemplatePreviews(MessageWriter writer, ReactiveMailer mailer, Clock clock) {
        this.writer = writer;
        this.mailer = mailer;
        this.clock = clock;
    }

    public RenderedMessage preview(String step, String language, String recipient) {
        if (!STEPS.contains(step)) {
            throw ProblemException.badRequest("step", "must be one of " + STEPS);
        }
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw ProblemException.badRequest("language", "must be nl or en");
        }
        return writer.write(sample(step, language, recipient));
    }

    /** Sends the preview to {@code recipient} now, outside the reminders: it is no reminder of any region. */
    public Uni<RenderedMessage> sendTest(String step, String language, String recipient) {
        RenderedMessage message = preview(step, language, recipient);
        Mail mail = Mail.withHtml(recipient, "[TEST] " + message.subject(), message.html()).setText(message.text())
                .addAttachment("invite.ics", message.calendar().getBytes(StandardCharsets.UTF_8),
                        CalendarInvite.contentType(message.cancelsCalendar()));
        return mailer.send(mail).replaceWith(message);
    }

    private Outgoing sample(String step, String language, String recipient) {
        LocalDate due = LocalDate.now(clock).plusDays(14);
        TrackedObligation obligation = new TrackedObligation();
        obligation.id = SAMPLE_OBLIGATION;
        obligation.regionCode = "R00";
        obligation.regulationId = "STO-2025-2028";
        obligation.kind = "PROGRESS_REPORT";
        obligation.nameNl = "Voortgangsrapportage";
        obligation.nameEn = "Progress report";
        obligation.report = true;
        obligation.dueDate = due;
        obligation.deadlineVersion = 2;
        obligation.legalReference = "Stcrt. 2024, nr. 11193";
        obligation.state = ObligationState.OPEN;
        obligation.calendarSequence = Steps.cancelsCalendar(step) ? 1 : 0;
        Reminder reminder = new Reminder();
        reminder.id = UUID.randomUUID();
        reminder.obligationId = obligation.id;
        reminder.regionCode = obligation.regionCode;
        reminder.contactId = "sample";
        reminder.recipient = recipient;
        reminder.language = language;
        reminder.step = step;
        reminder.deadlineVersion = obligation.deadlineVersion;
        reminder.dueDate = step.startsWith("overdue") ? LocalDate.now(clock).minusDays(1) : due;
        reminder.previousDueDate = due.minusDays(28);
        reminder.reason = Steps.DATE_MOVED.equals(step) ? "Stcrt. 2025, nr. 1234" : "the report was submitted";
        reminder.scheduledFor = OffsetDateTime.now(clock);
        String name = "en".equals(language) ? "Sample contact" : "Voorbeeldcontactpersoon";
        String region = "en".equals(language) ? "Sample region" : "Voorbeeldregio";
        return new Outgoing(reminder, obligation, name, region);
    }
}
