package nl.sto.monitor.webhooks;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One attempt of a delivery: when, the receiver's HTTP status or what went wrong, how long it took. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(WebhookAttempt.Key.class)
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "http_status")
    public Integer httpStatus;

    public String error;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;

    public static class Key implements Serializable {

        public UUID deliveryId;
        public int attempt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.attempt == attempt && Objects.equals(key.deliveryId, deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }
}
