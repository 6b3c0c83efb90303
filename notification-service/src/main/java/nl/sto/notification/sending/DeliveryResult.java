package nl.sto.notification.sending;

import nl.sto.notification.reminders.ReminderStatus;

/** How one hand-over ended: sent, or the failure; with the message as written, when it could be written. */
public record DeliveryResult(Outgoing outgoing, RenderedMessage message, ReminderStatus outcome, String detail) {

    public static DeliveryResult sent(Outgoing outgoing, RenderedMessage message) {
        return new DeliveryResult(outgoing, message, ReminderStatus.SENT, "accepted by the SMTP server");
    }

    public static DeliveryResult failed(Outgoing outgoing, RenderedMessage message, SmtpFailure failure) {
        return new DeliveryResult(outgoing, message, failure.outcome(), failure.detail());
    }
}
