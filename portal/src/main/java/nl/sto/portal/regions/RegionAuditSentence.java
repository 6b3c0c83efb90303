package nl.sto.portal.regions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.regions.RegionViews.AuditEntry;
import nl.sto.portal.format.Dates;
import nl.sto.portal.format.EuroAmounts;
import nl.sto.portal.web.AuditDetails;

/**
 * An entry of a region's audit trail told as a sentence ("Eva Jansen kende de subsidie voor 2021 toe: € 200.000,00."),
 * from regions-service's action and its JSON detail; the JSON stays available behind "Technische gegevens". An
 * action the portal does not know, or a detail it cannot read, is told by its name.
 */
public final class RegionAuditSentence {

    private RegionAuditSentence() {
    }

    public static String of(AuditEntry entry, RegionMessages texts, UiLanguage language) {
        String who = entry.actorName() == null || entry.actorName().isBlank() ? entry.actor() : entry.actorName();
        Map<String, Object> detail = AuditDetails.fields(entry.detail());
        if (detail == null) {
            return texts.audit_other(who, entry.action());
        }
        Told told = new Told(detail, language);
        return switch (entry.action()) {
            case "region.registered" -> texts.audit_registered(who, told.text("name"), told.date("admittedOn"));
            case "region.updated" -> texts.audit_updated(who);
            case "region.closed" -> texts.audit_closed(who, told.date("closedOn"), told.text("reason"));
            case "grant.awarded" -> texts.audit_grant(who, told.text("year"), told.euros("amount"));
            case "partner.joined" -> texts.audit_partner_joined(who, told.text("name"));
            case "partner.left" -> texts.audit_partner_left(who, told.text("name"), told.date("leftOn"));
            case "cofinancing.stated" -> texts.audit_cofinancing_stated(who, told.euros("amount"), told.text("year"));
            case "cofinancing.withdrawn" -> texts.audit_cofinancing_withdrawn(who, told.euros("amount"),
                    told.text("year"));
            case "cofinancing.confirmed" -> texts.audit_cofinancing_confirmed(who, told.euros("amount"),
                    told.text("year"));
            default -> texts.audit_other(who, entry.action());
        };
    }

    /** A detail's values as people read them; a value that is missing or not what it should be, as it came. */
    private record Told(Map<String, Object> detail, UiLanguage language) {

        String text(String field) {
            Object value = detail.get(field);
            return value == null || "null".equals(value.toString()) ? "" : value.toString();
        }

        String date(String field) {
            try {
                return Dates.format(LocalDate.parse(text(field)), language);
            } catch (DateTimeParseException notADate) {
                return text(field);
            }
        }

        String euros(String field) {
            try {
                return EuroAmounts.format(new BigDecimal(text(field)), language);
            } catch (NumberFormatException notAnAmount) {
                return text(field);
            }
        }
    }
}
