package nl.sto.common.access;

import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One membership as the access check sees it: this organisation code acts for this region in this role. */
@Entity
@Table(name = "region_access")
public class RegionAccessGrant extends PanacheEntityBase {

    @Id
    @Column(name = "membership_id")
    public String membershipId;

    @Column(name = "organisation_code", nullable = false)
    public String organisationCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

}
