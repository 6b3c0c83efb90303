package nl.sto.portal.reports;

import java.util.Map;
import java.util.function.Function;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ReportViews.AuditEntry;
import nl.sto.portal.format.FileSizes;
import nl.sto.portal.web.AuditDetails;

/**
 * An entry of a report's audit trail told as a sentence ("Lieke de Vries voegde de bijlage plan.pdf toe (12 kB)."),
 * from reports-service's action and its JSON detail; the JSON itself stays available behind "Technische gegevens".
 * An action the portal does not know, or a detail it cannot read, is told by its name.
 */
public final class AuditSentence {

    private AuditSentence() {
    }

    /** @param sectionTitle the title of a section key in the page's language */
    public static String of(AuditEntry entry, ReportMessages texts, UiLanguage language,
            Function<String, String> sectionTitle) {
        String who = entry.actorName() == null || entry.actorName().isBlank() ? entry.actor() : entry.actorName();
        Map<String, Object> detail = AuditDetails.fields(entry.detail());
        if (detail == null) {
            return texts.audit_other(who, texts.action(entry.action()));
        }
        return switch (entry.action()) {
            case "draft.started" -> texts.audit_draft_started(who);
            case "section.saved" -> texts.audit_section_saved(who, sectionTitle.apply(text(detail, "section")));
            case "attachment.added" -> texts.audit_attachment_added(who, text(detail, "filename"),
                    detail.get("size") instanceof Number size ? FileSizes.format(size.longValue(), language) : "");
            case "attachment.removed" -> texts.audit_attachment_removed(who, text(detail, "filename"));
            case "report.submitted", "report.resubmitted" -> texts.audit_submitted(who, entry.version(),
                    text(detail, "receipt"), Boolean.TRUE.equals(detail.get("late")),
                    "report.resubmitted".equals(entry.action()));
            case "report.returned" -> texts.audit_returned(who, entry.version());
            case "report.accepted" -> texts.audit_accepted(who, entry.version());
            case "revision.started" -> texts.audit_revision_started(who, entry.version(), text(detail, "basedOn"));
            default -> texts.audit_other(who, texts.action(entry.action()));
        };
    }

    private static String text(Map<String, Object> detail, String field) {
        Object value = detail.get(field);
        return value == null ? "" : value.toString();
    }
}
