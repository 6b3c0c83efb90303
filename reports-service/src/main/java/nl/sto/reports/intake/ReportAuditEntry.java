package nl.sto.reports.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a report's history: who did what to which version, when; written in the step's transaction. */
@Entity
@Table(name = "report_audit")
public class ReportAuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_audience", nullable = false)
    public String actorAudience;

    @Column(nullable = false)
    public String action;

    /** What changed, as JSON. */
    @Column(nullable = false)
    public String detail;
}
