package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one region owes by when, under the regulation (and its version) that last set its date. */
@Entity
@Table(name = "obligation")
public class Obligation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "regulation_id", nullable = false)
    public String regulationId;

    /** The code of one of the regulation's obligation kinds. */
    @Column(nullable = false)
    public String kind;

    /** The year of a kind that falls due every year; 0 for the others. */
    @Column(nullable = false)
    public int occurrence;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationStatus status;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "overdue_for")
    public LocalDate overdueFor;

    /** The region's admission day; no due date lies before it. Unknown for obligations older than the rule. */
    @Column(name = "admitted_on")
    public LocalDate admittedOn;
}
