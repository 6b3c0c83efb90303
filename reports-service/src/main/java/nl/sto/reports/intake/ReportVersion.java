package nl.sto.reports.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One numbered version of a report: a draft until the lead submits it, then immutable, with its receipt and, once
 * reviewed, the reviewer's decision and comments per section.
 */
@Entity
@Table(name = "report_version")
public class ReportVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int number;

    /** The returned version this one revises; null for the first. */
    @Column(name = "based_on")
    public Integer basedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** Counts saved edits of the draft; editors send it back as If-Match, so a stale edit is refused. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column
    public String receipt;

    @Column
    public String checksum;

    @Column
    public Boolean late;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_summary")
    public String reviewSummary;

    /** The reviewer's comments as a JSON object: section key to comment. */
    @Column(name = "review_comments")
    public String reviewComments;
}
