package nl.sto.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import nl.sto.devstack.DevstackTestResource;

import org.awaitility.Awaitility;

/** What arrived at the test run's SMTP server, read as a recipient's mail program would. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(DevstackTestResource.smtp().greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address)).toList();
    }

    /** Waits until {@code count} messages reached the address. */
    public static List<MimeMessage> await(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> to(address), list -> list.size() >= count);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of this MIME type (e.g. {@code text/plain}, {@code text/calendar}) as text; null if none. */
    public static String part(MimeMessage message, String mimeType) {
        try {
            return find(message, mimeType);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full Content-Type of the first part of this MIME type, with its parameters. */
    public static String contentType(MimeMessage message, String mimeType) {
        try {
            Part part = findPart(message, mimeType);
            return part == null ? null : part.getContentType();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String mimeType) throws MessagingException, IOException {
        Part found = findPart(part, mimeType);
        if (found == null) {
            return null;
        }
        Object content = found.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = found.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Part findPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = findPart(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
