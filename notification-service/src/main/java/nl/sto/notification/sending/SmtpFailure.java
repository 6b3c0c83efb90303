package nl.sto.notification.sending;

import java.util.regex.Pattern;

import io.vertx.ext.mail.SMTPException;

import nl.sto.notification.reminders.ReminderStatus;
import nl.sto.notification.reminders.StatusReason;

/**
 * What a failed hand-over to the SMTP server means for the message: a 5xx reply or an address that cannot be one is
 * permanent (retrying changes nothing); a 4xx reply, a refused or lost connection or a timeout is temporary.
 */
public record SmtpFailure(ReminderStatus outcome, String detail) {

    // An address that a server would accept at all: local part, @, a domain of at least two labels.
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    /** Retrying changes nothing. */
    public boolean permanent() {
        return outcome == ReminderStatus.PERMANENT_FAILURE;
    }

    public static boolean isDeliverable(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    public static SmtpFailure invalidAddress(String address) {
        return new SmtpFailure(ReminderStatus.PERMANENT_FAILURE, StatusReason.INVALID_ADDRESS.about(address));
    }

    /** Not tried: the server left another message of the same batch unanswered, and this one would wait as long. */
    public static SmtpFailure notHandedOver() {
        return new SmtpFailure(ReminderStatus.TEMPORARY_FAILURE, StatusReason.SERVER_SILENT.text());
    }

    public static SmtpFailure of(Throwable failure) {
        if (failure instanceof SMTPException smtp) {
            String reply = "SMTP " + smtp.getReplyCode() + " " + smtp.getReplyMessage();
            return new SmtpFailure(smtp.isPermanent() ? ReminderStatus.PERMANENT_FAILURE
                    : ReminderStatus.TEMPORARY_FAILURE, reply.strip());
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new SmtpFailure(ReminderStatus.TEMPORARY_FAILURE, "no delivery: " + message);
    }
}
