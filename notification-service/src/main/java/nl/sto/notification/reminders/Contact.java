package nl.sto.notification.reminders;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact person of a region, as regions-service announced them; reminders go to the ones not removed. */
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

    public String role;

    /** {@code nl} or {@code en}: the language of the contact's reminders. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public boolean removed;
}
