package nl.sto.regions.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a business stated, confirmed or withdrew about its co-financing of a region for a year. Rows are never
 * changed: the latest one per business and year is the commitment (none when it is a withdrawal), the earlier ones its
 * history.
 */
@Entity
@Table(name = "cofinancing_statement")
public class CofinancingStatement extends PanacheEntityBase {

    public enum Kind {
        MONEY, IN_KIND
    }

    @Id
    public String id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String kvk;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public boolean confirmed;

    /** The business took back its unconfirmed commitment for the year; {@link #amount} is what it took back. */
    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "stated_at", nullable = false)
    public OffsetDateTime statedAt;

    @Column(name = "stated_by", nullable = false)
    public String statedBy;
}
