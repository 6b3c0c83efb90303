package nl.sto.devstack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SmtpServerTest {

    @Test
    void receivesAMailOverSmtp() throws Exception {
        try (SmtpServer smtp = SmtpServer.start(0)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", smtp.host());
            props.put("mail.smtp.port", String.valueOf(smtp.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("noreply@sto.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("lead-r01@school.sto.example"));
            message.setSubject("Rapportage ontvangen");
            message.setText("Dank voor uw rapportage.");
            Transport.send(message);

            await().atMost(Duration.ofSeconds(10)).until(() -> smtp.greenMail().getReceivedMessages().length == 1);
            MimeMessage received = smtp.greenMail().getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("Rapportage ontvangen");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("lead-r01@school.sto.example");
        }
    }
}
