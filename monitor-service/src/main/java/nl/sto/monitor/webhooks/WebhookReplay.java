package nl.sto.monitor.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A replay: the events of the log after {@code fromPosition} up to {@code upTo} (the end of the log when it was asked
 * for), of {@code since} on when given, that the subscription's filters pass, delivered again a batch at a time;
 * {@code scannedTo} is how far it has come.
 */
@Entity
@Table(name = "webhook_replay")
public class WebhookReplay extends PanacheEntityBase {

    public static final String RUNNING = "running";
    public static final String DONE = "done";

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    public OffsetDateTime since;

    @Column(name = "from_position", nullable = false)
    public long fromPosition;

    @Column(name = "up_to", nullable = false)
    public long upTo;

    @Column(name = "scanned_to", nullable = false)
    public long scannedTo;

    @Column(nullable = false)
    public long sent;

    @Column(nullable = false)
    public String status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** How far a batch came, and how many events it delivered again. */
    void advance(long to, long delivered, OffsetDateTime now) {
        if (to <= scannedTo) {
            return;
        }
        scannedTo = to;
        sent += delivered;
        if (scannedTo >= upTo) {
            status = DONE;
            finishedAt = now;
        }
    }
}
