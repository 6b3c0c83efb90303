package nl.sto.reports.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The content of one section in one version, as JSON in the shape its section type defines. */
@Entity
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    /** The section's key in its report kind. */
    @Column(nullable = false)
    public String section;

    @Column(nullable = false)
    public String content;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
