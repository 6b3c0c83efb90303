package nl.sto.notification.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.notification.notices.NoticeWriter.NoticeMessage;
import nl.sto.notification.schedule.ReminderSettings;
import nl.sto.notification.sending.SmtpFailure;

import org.jboss.logging.Logger;

/**
 * Sends the notices that are due, one after another (there are few), and records each attempt. An SMTP server that
 * is away makes a notice a temporary failure, tried again with the backoff of all mail until it gives up; a refusal
 * or an address that cannot be one is permanent.
 */
@ApplicationScoped
public class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final NoticeRepository notices;
    private final NoticeWriter writer;
    private final ReactiveMailer mailer;
    private final NoticeSettings settings;
    private final ReminderSettings sending;
    private final Clock clock;

    NoticeDispatcher(NoticeRepository notices, NoticeWriter writer, ReactiveMailer mailer, NoticeSettings settings,
            ReminderSettings sending, Clock clock) {
        this.notices = notices;
        this.writer = writer;
        this.mailer = mailer;
        this.settings = settings;
        this.sending = sending;
        this.clock = clock;
    }

    @Scheduled(every = "${sto.notices.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatchDue()
                .onFailure().invoke(e -> LOG.warnf("Sending notices failed, the next round tries again: %s",
                        e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends what is due now; how many notices were tried. */
    public Uni<Integer> dispatchDue() {
        Instant now = clock.instant();
        return notices.claim(now, now.plus(sending.claimLease()), settings.batchSize())
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndConcatenate(this::deliver)
                        .collect().asList().map(List::size));
    }

    private Uni<Void> deliver(ClaimedNotice notice) {
        if (!SmtpFailure.isDeliverable(notice.recipient())) {
            return record(notice, failed(notice, SmtpFailure.invalidAddress(notice.recipient()), null));
        }
        NoticeMessage message = writer.write(notice);
        return mailer.send(Mail.withHtml(notice.recipient(), message.subject(), message.html())
                        .setText(message.text())
                        .addHeader("X-STO-Notice", notice.id().toString()))
                .ifNoItem().after(sending.sendTimeout()).fail()
                .replaceWith(NoticeOutcome.sent(message.contentHash()))
                .onFailure().recoverWithItem(e -> failed(notice, SmtpFailure.of(e), message.contentHash()))
                .chain(outcome -> record(notice, outcome));
    }

    /** A temporary failure is tried again, unless retrying would go on for longer than retries last. */
    private NoticeOutcome failed(ClaimedNotice notice, SmtpFailure failure, String contentHash) {
        if (failure.permanent()) {
            return new NoticeOutcome("permanent-failure", "permanent-failure", failure.detail(), null, contentHash);
        }
        Instant retryAt = sending.retryAt(notice.attempt(), clock.instant());
        boolean givenUp = !retryAt.isBefore(notice.createdAt().toInstant().plus(sending.giveUpAfter()));
        return new NoticeOutcome(givenUp ? "technical-failure" : "temporary-failure", "temporary-failure",
                failure.detail(), givenUp ? null : retryAt, contentHash);
    }

    private Uni<Void> record(ClaimedNotice notice, NoticeOutcome outcome) {
        if (!"sent".equals(outcome.status())) {
            LOG.warnf("Notice %s to %s: %s (%s)", notice.id(), notice.recipient(), outcome.status(), outcome.detail());
        }
        return notices.record(notice, outcome, clock.instant());
    }
}
