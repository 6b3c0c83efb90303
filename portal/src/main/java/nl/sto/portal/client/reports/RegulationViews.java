package nl.sto.portal.client.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The regulations as reports-service reads them out (each a programme period with its own obligation kinds), a
 * regulation as the ministry drafts it, the dry runs of a draft and of an amendment, and an amendment. Obligation
 * kinds are codes (strings); their names come with them.
 */
public final class RegulationViews {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    /** The due rules of an obligation kind. */
    public static final String FIXED = "FIXED";
    public static final String YEARLY = "YEARLY";
    public static final String WEEKS_AFTER_GRANT = "WEEKS_AFTER_GRANT";
    /** The section type whose key and title the regulation gives itself. */
    public static final String FREE_TEXT = "free-text";

    private RegulationViews() {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    /** A regulation in the list, current first. {@code currentVersion} is null for a draft. */
    public record Summary(String id, String title, String legalReference, Period period, String status, boolean demo,
            LocalDate publishedOn, LocalDate effectiveOn, Integer currentVersion) {

        public boolean draft() {
            return DRAFT.equals(status);
        }
    }

    /** A regulation with its obligation kinds and its versions (oldest first; none for a draft). */
    public record Regulation(String id, String title, String legalReference, Period period, String status,
            boolean demo, LocalDate publishedOn, LocalDate effectiveOn, Integer currentVersion, String sourceNote,
            LocalDate grantsDecidedOn, List<Kind> kinds, List<Version> versions) {

        public Regulation {
            kinds = nonNull(kinds);
            versions = nonNull(versions);
        }

        public boolean draft() {
            return DRAFT.equals(status);
        }
    }

    /** When an obligation of a kind is due: a fixed date, a day every year, or weeks after the grant decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Due(String rule, LocalDate date, Integer month, Integer day, Integer weeks) {

        public static Due fixed(LocalDate date) {
            return new Due(FIXED, date, null, null, null);
        }

        public boolean fixed() {
            return FIXED.equals(rule);
        }
    }

    /** An obligation kind: a report (with sections) or a milestone (a date only). */
    public record Kind(String code, Names name, String abbreviation, boolean report, Due due,
            List<Section> sections) {

        public Kind {
            name = Names.orNone(name);
            sections = nonNull(sections);
        }
    }

    /** A section of a kind's report; {@code shape} decides its form (AIM, AMOUNTS or TEXT). */
    public record Section(String key, String type, String shape, Names title, boolean required) {

        public Section {
            title = Names.orNone(title);
        }

        public boolean freeText() {
            return FREE_TEXT.equals(type);
        }
    }

    /** A section type of the catalogue a draft chooses from. */
    public record SectionType(String type, String shape, Names title) {

        public SectionType {
            title = Names.orNone(title);
        }

        public boolean freeText() {
            return FREE_TEXT.equals(type);
        }
    }

    /** One version: its legal source, dates and the fixed deadlines (keyed by kind code) in force from then. */
    public record Version(int number, String legalReference, String title, LocalDate publishedOn,
            LocalDate effectiveOn, String sourceNote, Map<String, LocalDate> deadlines, OffsetDateTime publishedAt,
            String publishedBy) {

        public Version {
            deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        }
    }

    /** A regulation as the ministry drafts it (POST for a new draft, PUT for a saved one). */
    public record Draft(String id, String title, String legalReference, LocalDate publishedOn, LocalDate effectiveOn,
            Period period, String sourceNote, LocalDate grantsDecidedOn, List<KindDraft> kinds) {
    }

    public record KindDraft(String code, Names name, String abbreviation, boolean report, Due due,
            List<SectionDraft> sections) {
    }

    /** A catalogue section ({@code type}, {@code required}); a free-text one also has its key and title. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionDraft(String type, String key, Names title, boolean required) {
    }

    /** The dry run of a draft: which regions would owe what. */
    public record DraftPreview(String regulationId, int regions, int obligations, List<PerKind> perKind,
            List<Placement> notOwed, List<Placement> sample) {

        public DraftPreview {
            perKind = nonNull(perKind);
            notOwed = nonNull(notOwed);
            sample = nonNull(sample);
        }
    }

    public record PerKind(String code, Names name, List<LocalDate> dueDates, int obligations) {

        public PerKind {
            name = Names.orNone(name);
            dueDates = nonNull(dueDates);
        }
    }

    /** An obligation a region would (sample) or would not (not owed: due before its admission) get. */
    public record Placement(String regionCode, String code, LocalDate dueDate) {
    }

    public record Published(String regulationId, int version, int regions, int obligationsCreated) {
    }

    /** The deadlines an amendment changes, keyed by kind code; kinds not named keep their date. */
    public record Amendment(String legalReference, String title, LocalDate publishedOn, LocalDate effectiveOn,
            String sourceNote, Map<String, LocalDate> deadlines) {
    }

    public record Change(String kind, LocalDate from, LocalDate to) {
    }

    /** An obligation the amendment would move: its status now, and the status the move gives it. */
    public record Affected(String obligationId, String regionCode, String kind, LocalDate from, LocalDate to,
            String status, String statusAfter) {

        /** Whether the move changes its status (a late obligation whose new date lies ahead is open again). */
        public boolean statusChanges() {
            return statusAfter != null && !statusAfter.equals(status);
        }
    }

    /** The dry run of an amendment: what publishing it would move. */
    public record Preview(int version, String legalReference, List<Change> changes, int obligationsAffected,
            long regionsAffected, List<Affected> obligations) {

        public Preview {
            changes = nonNull(changes);
            obligations = nonNull(obligations);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
