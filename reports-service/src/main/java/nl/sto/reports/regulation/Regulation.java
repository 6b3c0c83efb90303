package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regulation (a programme period): its legal source, its period, and whether it is drafted or published. */
@Entity
@Table(name = "regulation")
public class Regulation extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(name = "legal_reference", nullable = false)
    public String legalReference;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "grants_decided_on")
    public LocalDate grantsDecidedOn;

    @Column(name = "source_note", nullable = false)
    public String sourceNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegulationStatus status;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public boolean isPublished() {
        return status == RegulationStatus.PUBLISHED;
    }

    /** A region admitted before this day counts its "weeks after the grant decision" from this day. */
    public LocalDate grantsDecided() {
        return grantsDecidedOn != null ? grantsDecidedOn : effectiveOn;
    }
}
