package nl.sto.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;

import io.vertx.ext.mail.SMTPException;

import nl.sto.notification.reminders.ReminderStatus;
import nl.sto.notification.reminders.StatusReason;

import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    @Test
    void aFiveHundredReplyIsPermanent() {
        SmtpFailure failure = SmtpFailure.of(new SMTPException("rejected", 550, List.of("550 5.1.1 no such user"),
                true));
        assertThat(failure.outcome()).isEqualTo(ReminderStatus.PERMANENT_FAILURE);
        assertThat(failure.detail()).contains("550").contains("no such user");
    }

    @Test
    void aFourHundredReplyIsTemporary() {
        SmtpFailure failure = SmtpFailure.of(new SMTPException("busy", 451, List.of("451 try again later"), false));
        assertThat(failure.outcome()).isEqualTo(ReminderStatus.TEMPORARY_FAILURE);
        assertThat(failure.detail()).contains("451");
    }

    @Test
    void aRefusedConnectionIsTemporary() {
        SmtpFailure failure = SmtpFailure.of(new ConnectException("Connection refused"));
        assertThat(failure.outcome()).isEqualTo(ReminderStatus.TEMPORARY_FAILURE);
        assertThat(failure.detail()).contains("Connection refused");
    }

    @Test
    void anAddressThatCannotBeOneIsPermanent() {
        assertThat(SmtpFailure.isDeliverable("contact@regio-emmen.nl")).isTrue();
        assertThat(SmtpFailure.isDeliverable("first.last+sto@mail.example.org")).isTrue();
        assertThat(SmtpFailure.isDeliverable("no-at-sign.example.org")).isFalse();
        assertThat(SmtpFailure.isDeliverable("two@@example.org")).isFalse();
        assertThat(SmtpFailure.isDeliverable("nobody@localhost")).isFalse();
        assertThat(SmtpFailure.isDeliverable("spaces in@example.org")).isFalse();
        assertThat(SmtpFailure.invalidAddress("x").outcome()).isEqualTo(ReminderStatus.PERMANENT_FAILURE);
    }

    @Test
    void anInvalidAddressIsAReasonWithACodeAndAMailServersAnswerIsNot() {
        SmtpFailure invalid = SmtpFailure.invalidAddress("nobody@localhost");
        assertThat(invalid.detail()).isEqualTo("invalid address: nobody@localhost");
        assertThat(StatusReason.of(invalid.detail())).contains(StatusReason.INVALID_ADDRESS);
        assertThat(StatusReason.of("SMTP 550 5.1.1 invalid address: mailbox unknown")).isEmpty();
        assertThat(StatusReason.of(null)).isEmpty();
    }
}
