package nl.sto.notification.notices;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.notification.sending.MessageWriter;

/**
 * Writes a notice from its facts with the templates {@code notices/<kind>.html} and {@code .txt}: Dutch first, then
 * English, since the recipient's language is not known (a subscription's owner gives only an address). Times are in
 * Europe/Amsterdam, as people there read them.
 */
@ApplicationScoped
class NoticeWriter {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private final Engine engine;
    private final NoticeSettings settings;

    NoticeWriter(Engine engine, NoticeSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    NoticeMessage write(ClaimedNotice notice) {
        JsonNode facts = notice.facts();
        String subject = "Webhook-abonnement gepauzeerd / Webhook subscription paused: " + facts.path("url").asText();
        String html = fill(template(notice, "html"), facts, subject).render();
        String text = fill(template(notice, "txt"), facts, subject).render();
        return new NoticeMessage(subject, html, text, MessageWriter.sha256(subject + "\n" + text + "\n" + html));
    }

    private Template template(ClaimedNotice notice, String extension) {
        Template template = engine.getTemplate("notices/" + notice.kind().value() + "." + extension);
        if (template == null) {
            throw new IllegalStateException("No template notices/" + notice.kind().value() + "." + extension);
        }
        return template;
    }

    private TemplateInstance fill(Template template, JsonNode facts, String subject) {
        String id = facts.path("subscriptionId").asText();
        return template.data("subject", subject)
                .data("url", facts.path("url").asText())
                .data("reason", facts.path("reason").asText())
                .data("failingSinceNl", time(facts.path("failingSince"), DUTCH))
                .data("failingSinceEn", time(facts.path("failingSince"), ENGLISH))
                .data("pausedAtNl", time(facts.path("pausedAt"), DUTCH))
                .data("pausedAtEn", time(facts.path("pausedAt"), ENGLISH))
                .data("subscriptionId", id)
                .data("resume", settings.monitorUrl() + "/api/subscriptions/" + id + "/resume");
    }

    private static String time(JsonNode value, DateTimeFormatter format) {
        return value.isTextual() ? format.format(OffsetDateTime.parse(value.asText()).atZoneSameInstant(AMSTERDAM))
                : "";
    }

    record NoticeMessage(String subject, String html, String text, String contentHash) {
    }
}
