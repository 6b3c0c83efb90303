package nl.sto.notification.reminders;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
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

    /** The region's contacts who receive its reminders. */
    public static Uni<List<Contact>> ofRegion(String regionCode) {
        return list("regionCode = ?1 and removed = false order by id", regionCode);
    }

    /** The contacts who receive the reminders of these regions, by region. */
    public static Uni<Map<String, List<Contact>>> ofRegions(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Contact.<Contact>list("regionCode in ?1 and removed = false order by id", regionCodes)
                .map(contacts -> contacts.stream().collect(Collectors.groupingBy(c -> c.regionCode)));
    }
}
