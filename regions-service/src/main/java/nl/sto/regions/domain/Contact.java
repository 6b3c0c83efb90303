package nl.sto.regions.domain;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who receives the region's reminders, in their language. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String role;

    /** {@code nl} or {@code en}. */
    @Column(nullable = false)
    public String language;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
