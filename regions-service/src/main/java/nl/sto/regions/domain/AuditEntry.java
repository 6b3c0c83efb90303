package nl.sto.regions.domain;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed what, when: written in the transaction of every change. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_audience", nullable = false)
    public String actorAudience;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public String action;

    /** The change as JSON: the new values, and the old ones where something was replaced. */
    @Column(nullable = false)
    public String detail;
}
