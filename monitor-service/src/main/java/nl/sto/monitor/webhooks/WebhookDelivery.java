package nl.sto.monitor.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event sent (or to be sent) to one subscription, with how its attempts went so far. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    public static final String LIVE = "live";
    public static final String RESEND = "resend";
    public static final String REPLAY = "replay";

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public long position;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String cause;

    @Column(name = "replay_id")
    public UUID replayId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
}
