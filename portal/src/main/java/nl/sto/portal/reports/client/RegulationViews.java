package nl.sto.portal.reports.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The regulation as reports-service reads it out, and an amendment as the ministry drafts it. */
public final class RegulationViews {

    /** One version: its legal source, dates and the deadlines (keyed by obligation kind) in force from then. */
    public record Version(int number, String legalReference, String title, LocalDate publishedOn,
            LocalDate effectiveOn, String sourceNote, Map<String, LocalDate> deadlines) {
    }

    /** The deadlines it changes, keyed by obligation kind; kinds not named keep their date. */
    public record Amendment(String legalReference, String title, LocalDate publishedOn, LocalDate effectiveOn,
            String sourceNote, Map<String, LocalDate> deadlines) {
    }

    public record Change(String kind, LocalDate from, LocalDate to) {
    }

    public record Affected(String regionCode, String kind, LocalDate from, LocalDate to, String status) {
    }

    /** The dry run: what publishing would change. */
    public record Preview(int version, String legalReference, List<Change> changes, int obligationsAffected,
            long regionsAffected, List<Affected> obligations) {
    }

    private RegulationViews() {
    }
}
