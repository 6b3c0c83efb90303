package nl.sto.common.regions;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region as this service knows it from {@code sto.regions.v1}. */
@Entity
@Table(name = "known_region")
public class KnownRegion extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
