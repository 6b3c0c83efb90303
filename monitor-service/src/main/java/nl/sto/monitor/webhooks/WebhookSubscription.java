package nl.sto.monitor.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * A webhook subscription: where the events go, which of them ({@code filters}, stored as JSON), how they are signed,
 * how far the log has been handled for it ({@code logCursor}) and whether its deliveries go on.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    public static final String PAUSED = "paused";
    public static final String DISABLED = "disabled";

    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(nullable = false)
    public String url;

    public String description;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(nullable = false)
    @ColumnTransformer(read = "CAST(filters AS text)", write = "CAST(CAST(? AS text) AS jsonb)")
    public String filters;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(nullable = false)
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;

    @Column(name = "log_cursor", nullable = false)
    public long logCursor;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    public UUID turn;

    @Column(name = "turn_until")
    public OffsetDateTime turnUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Goes on from where it stopped: its cursor and pending retries are as they were. */
    void resume(OffsetDateTime now) {
        status = ACTIVE;
        statusReason = null;
        statusChangedAt = now;
        failingSince = null;
    }

    void stop(String newStatus, String reason, OffsetDateTime now) {
        status = newStatus;
        statusReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        statusChangedAt = now;
    }

    /** A new secret; the one before keeps signing beside it until {@code overlapUntil}. */
    void rotate(String newSecret, OffsetDateTime overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = newSecret;
    }
}
