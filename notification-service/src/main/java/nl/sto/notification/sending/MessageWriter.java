package nl.sto.notification.sending;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.sto.notification.reminders.Reminder;
import nl.sto.notification.reminders.TrackedObligation;
import nl.sto.notification.schedule.ReminderSettings;
import nl.sto.notification.schedule.Steps;

/**
 * Writes a reminder in its recipient's language: subject and lead from {@link MailTexts}, the body from the Qute
 * templates {@code mail/reminder.html} and {@code .txt}, and the calendar entry. The template version is a hash of
 * the templates and texts this build carries, so the proof of a message names exactly what wrote it.
 */
@ApplicationScoped
public class MessageWriter {

    static final String[] TEMPLATE_SOURCES = {"templates/mail/reminder.html", "templates/mail/reminder.txt",
            "nl/sto/notification/sending/MailTexts.class", "nl/sto/notification/sending/EnglishMailTexts.class"};

    private final Template html;
    private final Template text;
    private final MailTexts dutch;
    private final MailTexts english;
    private final String portalUrl;
    private final String from;
    private final Clock clock;
    private final String templateVersion;

    public MessageWriter(Engine engine, ReminderSettings settings,
            @ConfigProperty(name = "sto.mail.from") String from, Clock clock) {
        this.html = engine.getTemplate("mail/reminder.html");
        this.text = engine.getTemplate("mail/reminder.txt");
        this.dutch = MessageBundles.get(MailTexts.class);
        this.english = MessageBundles.get(MailTexts.class, Localized.Literal.of("en"));
        this.portalUrl = settings.portalUrl();
        this.from = from;
        this.clock = clock;
        this.templateVersion = hashOfTemplates();
    }

    public RenderedMessage write(Outgoing outgoing) {
        Reminder r = outgoing.reminder();
        TrackedObligation o = outgoing.obligation();
        boolean en = "en".equals(r.language);
        MailTexts t = en ? english : dutch;
        Locale locale = en ? Locale.UK : Locale.forLanguageTag("nl-NL");
        String kind = o.names().in(r.language);
        String region = outgoing.regionName() == null ? r.regionCode : r.regionCode + " " + outgoing.regionName();
        String date = date(r.dueDate, locale);
        String step = Steps.template(r.step);
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), r.dueDate);
        String subject = switch (step) {
            case Steps.ANNOUNCEMENT -> t.subject_announcement(kind, date);
            case "before" -> t.subject_before(kind, date, days);
            case Steps.DUE_DAY -> t.subject_due_day(kind);
            case "overdue" -> t.subject_overdue(kind, date);
            case Steps.DATE_MOVED -> t.subject_date_moved(kind, date);
            case "returned" -> t.subject_returned(kind);
            case "calendar-cancel" -> t.subject_calendar_cancel(kind);
            default -> throw new IllegalArgumentException("No message for step " + r.step);
        };
        String lead = switch (step) {
            case Steps.ANNOUNCEMENT -> t.lead_announcement(region, kind, date);
            case "before" -> t.lead_before(region, kind, date, days);
            case Steps.DUE_DAY -> t.lead_due_day(region, kind, date);
            case "overdue" -> t.lead_overdue(region, kind, date);
            case Steps.DATE_MOVED -> t.lead_date_moved(region, kind, date(r.previousDueDate, locale), date, r.reason);
            case "returned" -> t.lead_returned(region, kind, date);
            default -> r.reason != null && r.reason.contains("participation")
                    ? t.lead_calendar_cancel_withdrawn(region, kind) : t.lead_calendar_cancel_submitted(region, kind);
        };
        String link = portalUrl + "/school/regions/" + r.regionCode + "#obligation-" + o.kind;
        boolean cancel = Steps.cancelsCalendar(r.step);
        String calendar = CalendarInvite.write(new CalendarInvite.Entry(o.id, r.recipient, from, r.dueDate,
                o.calendarSequence, kind + " – " + region, lead, link, cancel), clock.instant());
        String greeting = t.greeting(outgoing.contactName());
        TemplateInstance htmlBody = fill(html, r, t, subject, greeting, lead, link, o, region);
        TemplateInstance textBody = fill(text, r, t, subject, greeting, lead, link, o, region);
        String renderedHtml = htmlBody.render();
        String renderedText = textBody.render();
        return new RenderedMessage(subject, renderedHtml, renderedText, calendar, cancel, o.calendarSequence,
                templateVersion, sha256(subject + "\n" + renderedHtml + "\n" + renderedText + "\n"
                        + calendar.replaceAll("(?m)^DTSTAMP:.*$", "")));
    }

    public String templateVersion() {
        return templateVersion;
    }

    private static String hashOfTemplates() {
        StringBuilder all = new StringBuilder();
        for (String source : TEMPLATE_SOURCES) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(source)) {
                all.append(in == null ? source : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + source, e);
            }
        }
        return sha256(all.toString()).substring(0, 12);
    }

    private static TemplateInstance fill(Template template, Reminder r, MailTexts t, String subject,
            String greeting, String lead, String link, TrackedObligation o, String region) {
        return template.data("language", r.language)
                .data("subject", subject)
                .data("greeting", greeting)
                .data("lead", lead)
                .data("note", o.report ? null : t.milestone_note())
                .data("setBy", o.legalReference == null ? null : t.set_by(o.legalReference))
                .data("link", link)
                .data("linkText", t.open_link())
                .data("footer", t.footer(region));
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
