package nl.sto.notification.reminders;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ministry paused a region's reminders: they wait (and are skipped once useless) until it resumes them. */
@Entity
@Table(name = "region_pause")
public class RegionPause extends PanacheEntityBase {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public String reason;

    @Column(name = "paused_by", nullable = false)
    public String pausedBy;

    @Column(name = "paused_at", nullable = false)
    public OffsetDateTime pausedAt;
}
