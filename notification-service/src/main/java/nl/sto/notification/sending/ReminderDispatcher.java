package nl.sto.notification.sending;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.notification.reminders.DueSteps;
import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.ReminderStatus;
import nl.sto.notification.schedule.ReminderSettings;

import org.jboss.logging.Logger;

/**
 * Sends the reminders that are due: writes the schedules' steps whose moment came, claims a batch, writes and hands
 * every message to the SMTP server (several at once, over the mailer's kept connections), records the results, and
 * goes on until nothing due is left. An SMTP server that is away makes the messages temporary failures, retried
 * later; nothing is lost or sent twice.
 */
@ApplicationScoped
public class ReminderDispatcher {

    private static final Logger LOG = Logger.getLogger(ReminderDispatcher.class);

    /** So many reminders written in one round are a pile still coming in (an amendment's), not a round's trickle. */
    private static final int PILE = 500;

    private static final Duration RECORD_BACKOFF = Duration.ofMillis(200);
    private static final int RECORD_TRIES = 6;

    private final DueSteps dueSteps;
    private final DispatchRepository store;
    private final MessageWriter writer;
    private final ReactiveMailer mailer;
    private final ReminderSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    public ReminderDispatcher(DueSteps dueSteps, DispatchRepository store, MessageWriter writer, ReactiveMailer mailer,
            ReminderSettings settings, Clock clock, MeterRegistry meters) {
        this.dueSteps = dueSteps;
        this.store = store;
        this.writer = writer;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(every = "${sto.reminders.dispatch-interval}", delayed = "${sto.reminders.dispatch-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatchDue()
                .invoke(handled -> {
                    if (handled > 0) {
                        LOG.infof("Handled %d due reminders", handled);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("Sending reminders failed, the next round tries again: %s",
                        e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends everything due now, batch after batch; how many messages were handled. */
    public Uni<Integer> dispatchDue() {
        return Multi.createBy().repeating().uni(this::round)
                .whilst(Round::more)
                .collect().with(Collectors.summingInt(Round::handled));
    }

    /** What a round handed over, and whether another round is to follow at once. */
    private record Round(int handled, boolean more) {
    }

    /**
     * The schedules' steps that came become reminders before every batch, not once before all of them: while an
     * amendment moves tens of thousands of dates, the message that a date moved is written soon after the move is
     * in, instead of after the sending of every message written before it. A round that wrote a pile of them sends
     * nothing and goes on writing: the amendment is planned through before its messages take the cores.
     */
    private Uni<Round> round() {
        return dueSteps.writeAll(clock.instant())
                .chain(written -> written >= PILE ? Uni.createFrom().item(new Round(0, true)) : skipUselessAndSend());
    }

    private Uni<Round> skipUselessAndSend() {
        return store.skipUseless(clock.instant(), LocalDate.now(clock)).chain(this::claimAndDeliver);
    }

    private Uni<Round> claimAndDeliver() {
        return store.claim(clock.instant())
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(new Round(0, false))
                        : deliverBatch(claimed));
    }

    /**
     * A full batch is followed by the next at once, unless the SMTP server stopped answering: then the next round
     * waits for the schedule's interval.
     */
    private Uni<Round> deliverBatch(List<Outgoing> claimed) {
        AtomicBoolean serverSilent = new AtomicBoolean();
        return deliverAll(claimed, serverSilent).invoke(this::count)
                .chain(this::record)
                .map(recorded -> new Round(claimed.size(),
                        claimed.size() == settings.batchSize() && !serverSilent.get()));
    }

    /**
     * Recording is tried again after a deadlock or a lost connection: the claims would otherwise wait for their lease
     * to run out and be sent again. A result counts only for the attempt it was claimed for, so a record that did land
     * before the failure changes nothing when repeated.
     */
    private Uni<Void> record(List<DeliveryResult> results) {
        Instant now = clock.instant();
        return Uni.createFrom().deferred(() -> store.record(results, now))
                .onFailure().retry().withBackOff(RECORD_BACKOFF, RECORD_BACKOFF.multipliedBy(20)).atMost(RECORD_TRIES);
    }

    /** What this replica handed over and how it went, for operations ({@code sto_reminders_handled_total}). */
    private void count(List<DeliveryResult> results) {
        results.forEach(result -> meters.counter("sto.reminders.handled", "outcome", result.outcome().value())
                .increment());
    }

    private Uni<List<DeliveryResult>> deliverAll(List<Outgoing> claimed, AtomicBoolean serverSilent) {
        return Multi.createFrom().iterable(claimed)
                .onItem().transformToUni(outgoing -> deliver(outgoing, serverSilent)).merge(settings.concurrentSends())
                .collect().asList();
    }

    /**
     * Never fails: whatever happens becomes the result to record. Once a hand-over of the batch has gone unanswered
     * for the whole timeout, the rest of the batch is not handed over (each would wait as long) and is tried again
     * later, like any temporary failure.
     */
    private Uni<DeliveryResult> deliver(Outgoing outgoing, AtomicBoolean serverSilent) {
        Reminder r = outgoing.reminder();
        if (!SmtpFailure.isDeliverable(r.recipient)) {
            return Uni.createFrom().item(DeliveryResult.failed(outgoing, null, SmtpFailure.invalidAddress(r.recipient)));
        }
        if (serverSilent.get()) {
            return Uni.createFrom().item(DeliveryResult.failed(outgoing, null, SmtpFailure.notHandedOver()));
        }
        RenderedMessage message;
        try {
            message = writer.write(outgoing);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reminder %s cannot be written", r.id);
            return Uni.createFrom().item(DeliveryResult.failed(outgoing, null, new SmtpFailure(
                    ReminderStatus.TECHNICAL_FAILURE, "the message cannot be written: " + e.getMessage())));
        }
        return mailer.send(mail(r, message))
                .ifNoItem().after(settings.sendTimeout()).fail()
                .replaceWith(DeliveryResult.sent(outgoing, message))
                .onFailure(TimeoutException.class).invoke(() -> serverSilent.set(true))
                .onFailure().recoverWithItem(e -> DeliveryResult.failed(outgoing, message, SmtpFailure.of(e)));
    }

    private static Mail mail(Reminder r, RenderedMessage message) {
        return Mail.withHtml(r.recipient, message.subject(), message.html())
                .setText(message.text())
                .addHeader("X-STO-Reminder", r.id.toString())
                .addAttachment(message.cancelsCalendar() ? "cancel.ics" : "invite.ics",
                        message.calendar().getBytes(StandardCharsets.UTF_8),
                        CalendarInvite.contentType(message.cancelsCalendar()));
    }
}
