package nl.sto.portal.client.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What reports-service answers about reports, as far as the portal shows it (unknown JSON properties are ignored).
 * Statuses are DRAFT, SUBMITTED, RETURNED, ACCEPTED; sections are named by their key ({@code aim-duurzaam}, ...),
 * with the shape of their form and their title from the regulation; a report's kind is a code of its regulation.
 */
public final class ReportViews {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";

    private ReportViews() {
    }

    /** A report in a list (a region's reports, the review queue); reviewed: its latest version's review. */
    public record ReportSummary(String id, String region, String obligationId, String regulationId, String kind,
            Names kindName, LocalDate dueDate, String status, int version, OffsetDateTime submittedAt, String receipt,
            Boolean late, OffsetDateTime reviewedAt, String reviewedBy) {

        public ReportSummary {
            kindName = Names.orNone(kindName);
        }

        public boolean isLate() {
            return Boolean.TRUE.equals(late);
        }
    }

    /**
     * What the reader may do with a report now, as reports-service decides it (and enforces it again): the report page
     * offers these forms and no others.
     *
     * @param edit   save sections, add and remove attachments of the draft
     * @param submit submit the draft
     * @param revise start a new version of a returned report
     * @param review accept or return the submitted version
     */
    public record Allowed(boolean edit, boolean submit, boolean revise, boolean review) {

        public static final Allowed NOTHING = new Allowed(false, false, false, false);
    }

    /** The report with its latest version, the last review to answer, all its versions, and what the reader may do. */
    public record Report(String id, String region, String obligationId, String regulationId, String kind,
            Names kindName, LocalDate dueDate, String status, Version current, Review lastReview,
            List<VersionSummary> versions, Allowed allowed) {

        public Report {
            allowed = allowed == null ? Allowed.NOTHING : allowed;
            kindName = Names.orNone(kindName);
            versions = nonNull(versions);
        }

        /** The title of one of the report's sections, by its key; the key itself for one the report lacks. */
        public Names sectionTitle(String key) {
            return current == null ? new Names(key, key)
                    : current.sections().stream().filter(s -> s.section().equals(key)).map(Section::title)
                            .findFirst().orElse(new Names(key, key));
        }
    }

    /**
     * What changed in version {@code number} since {@code comparedWith}, the version it was based on (reports-service
     * compares): per section {@code change} ADDED, REMOVED, CHANGED or UNCHANGED with the content before and after;
     * the attachments added and removed.
     */
    public record VersionChanges(int number, int comparedWith, List<SectionChange> sections, List<Attachment> added,
            List<Attachment> removed) {

        public VersionChanges {
            sections = nonNull(sections);
            added = nonNull(added);
            removed = nonNull(removed);
        }
    }

    public record SectionChange(String section, Names title, String change, SectionContent before,
            SectionContent after) {

        public SectionChange {
            title = Names.orNone(title);
        }
    }

    /** {@code revision} is the draft's revision; the ETag the service sends with the report is made of it. */
    public record Version(int number, String status, Integer basedOn, int revision, List<Section> sections,
            List<Attachment> attachments, Receipt receipt, Review review) {

        public Version {
            sections = nonNull(sections);
            attachments = nonNull(attachments);
        }

        public boolean draft() {
            return DRAFT.equals(status);
        }
    }

    /** {@code shape} decides the section's form; {@code title} is the regulation's, in both languages. */
    public record Section(String section, SectionShape shape, Names title, boolean required, boolean filled,
            SectionContent content, OffsetDateTime updatedAt, String updatedBy) {

        public Section {
            shape = shape == null ? SectionShape.TEXT : shape;
            title = title == null ? new Names(section, section) : title;
            content = content == null ? SectionContent.EMPTY : content;
        }
    }

    /**
     * The content of a section in any of the service's three shapes (aim: activities and results; text; amounts
     * per year with an explanation); the properties of the other shapes stay null.
     */
    public record SectionContent(String activities, String results, String text, List<YearAmount> years,
            String explanation) {

        public static final SectionContent EMPTY = new SectionContent(null, null, null, List.of(), null);

        public SectionContent {
            years = nonNull(years);
        }
    }

    public record YearAmount(Integer year, BigDecimal amount) {
    }

    public record Attachment(String id, String filename, String mediaType, long size, String sha256,
            OffsetDateTime uploadedAt, String uploadedBy) {
    }

    public record Receipt(String reportId, int version, String reference, OffsetDateTime submittedAt,
            String submittedBy, String checksum, boolean late) {
    }

    /** {@code decision} is the version's status after the review: ACCEPTED or RETURNED. */
    public record Review(int version, String decision, OffsetDateTime reviewedAt, String reviewedBy, String summary,
            Map<String, String> comments) {

        public Review {
            comments = comments == null ? Map.of() : Map.copyOf(comments);
        }

        public boolean returned() {
            return RETURNED.equals(decision);
        }
    }

    public record VersionSummary(int number, String status, Integer basedOn, OffsetDateTime submittedAt,
            String receipt, Boolean late, OffsetDateTime reviewedAt) {
    }

    public record AuditEntry(OffsetDateTime at, int version, String actor, String actorName, String audience,
            String action, String detail) {
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
