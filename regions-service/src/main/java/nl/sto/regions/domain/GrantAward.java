package nl.sto.regions.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The grant awarded to a region for one year, in euros. */
@Entity
@Table(name = "grant_award")
public class GrantAward extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "awarded_at", nullable = false)
    public OffsetDateTime awardedAt;

    @Column(name = "awarded_by", nullable = false)
    public String awardedBy;
}
