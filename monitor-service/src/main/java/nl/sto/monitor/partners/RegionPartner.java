package nl.sto.monitor.partners;

import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner of a region, by the identifier that says which school locations it stands for. */
@Entity
@Table(name = "region_partner")
public class RegionPartner extends PanacheEntityBase {

    @Id
    @Column(name = "membership_id")
    public String membershipId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** {@code BOARD}, {@code INSTITUTION}, {@code LOCATION} or {@code KVK}. */
    @Column(name = "identifier_type", nullable = false)
    public String identifierType;

    @Column(nullable = false)
    public String identifier;

    @Column(name = "left_on")
    public LocalDate leftOn;
}
