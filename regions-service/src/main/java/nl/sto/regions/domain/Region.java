package nl.sto.regions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An STO region: a partnership of schools, businesses and po/mbo partners with its own plan. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    public enum Status {
        ACTIVE, CLOSED
    }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** {@code 1}, {@code 2}, {@code 3} or {@code LATE} (see {@link Tranche}). */
    @Column(nullable = false)
    public String tranche;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    /** The assessment committee's advice on a late admission. */
    @Column(name = "advice_reference")
    public String adviceReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "plan_duurzaam")
    public String planDuurzaam;

    @Column(name = "plan_dekkend")
    public String planDekkend;

    @Column(name = "plan_kwalitatief")
    public String planKwalitatief;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Version
    public long version;

    /** Set by the database at every change to the region or its parts (V3): tells a kept copy that it is stale. */
    @Column(insertable = false, updatable = false)
    public long revision;

    public boolean isClosed() {
        return status == Status.CLOSED;
    }
}
