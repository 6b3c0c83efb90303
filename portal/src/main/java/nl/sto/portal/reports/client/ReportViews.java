package nl.sto.portal.reports.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.sto.portal.reports.SectionShape;

/**
 * What reports-service answers about reports, as far as the portal shows it (unknown JSON properties are ignored).
 * Statuses are DRAFT, SUBMITTED, RETURNED, ACCEPTED; sections are named by their key ({@code aim-duurzaam}, ...).
 */
public final class ReportViews {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";

    private ReportViews() {
    }

    /** A report in a list (a region's reports, the review queue). */
    public record ReportSummary(String id, String region, String obligationId, String kind, LocalDate dueDate,
            String status, int version, OffsetDateTime submittedAt, String receipt, Boolean late) {

        public boolean isLate() {
            return Boolean.TRUE.equals(late);
        }
    }

    /** The report with its latest version, the last review to answer, and all its versions. */
    public record Report(String id, String region, String obligationId, String kind, LocalDate dueDate, String status,
            Version current, Review lastReview, List<VersionSummary> versions) {

        public Report {
            versions = nonNull(versions);
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

    public record Section(String section, boolean required, boolean filled, SectionContent content,
            OffsetDateTime updatedAt, String updatedBy) {

        public Section {
            content = content == null ? SectionContent.EMPTY : content;
        }

        public SectionShape shape() {
            return SectionShape.of(section);
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
