package nl.sto.regions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's membership of a region in one role, from the day it joined until the day it left. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "identifier_type", nullable = false)
    public String identifierType;

    @Column(nullable = false)
    public String identifier;

    @Column(name = "organisation_code", nullable = false)
    public String organisationCode;

    @Column(nullable = false)
    public String name;

    public String municipality;

    /** {@code lead}, {@code school}, {@code po}, {@code mbo} or {@code business}. */
    @Column(nullable = false)
    public String role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean isOpen() {
        return leftOn == null;
    }

    public boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
    }
}
