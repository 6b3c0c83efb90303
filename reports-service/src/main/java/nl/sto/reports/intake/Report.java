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

/** The one report a region writes for one report obligation; its content lives in numbered versions. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "regulation_id", nullable = false)
    public String regulationId;

    /** The code of the regulation's obligation kind, whose sections the report has. */
    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** The number of the latest version: the draft being edited, or the last one submitted. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "started_by", nullable = false)
    public String startedBy;
}
