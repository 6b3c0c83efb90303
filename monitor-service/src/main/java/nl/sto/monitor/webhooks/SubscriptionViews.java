package nl.sto.monitor.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the subscriptions API reads and answers. */
public final class SubscriptionViews {

    private SubscriptionViews() {
    }

    public record SubscriptionRequest(
            @Schema(description = "The http(s) URL the events are posted to; it must resolve to a public address",
                    example = "https://receiver.example.org/sto-events") String url,
            @Schema(description = "What the subscription is for, at most 500 characters") String description,
            @Schema(description = "Who is told when the subscription is paused", example = "monitor@example.org")
            String contactEmail,
            @Schema(description = "CloudEvents subscription filters (exact, prefix, suffix, all, any, not) on type, "
                    + "subject and region, all of which an event must pass; none: every event",
                    type = SchemaType.ARRAY, implementation = Object.class) List<JsonNode> filters) {
    }

    @Schema(description = "Replay from a time (the events' CloudEvent time) or from a position of the log (that "
            + "position included); one of the two")
    public record ReplayRequest(@Schema(format = "date-time", example = "2024-03-01T09:00:00Z") String since,
            Long fromPosition) {
    }

    /** A subscription; {@code secret} only in the answer that made or rotated it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(UUID id, String url, String description, String contactEmail, JsonNode filters,
            String status, String statusReason, OffsetDateTime statusChangedAt,
            @Schema(description = "The last position of the log handled for it") long position,
            OffsetDateTime failingSince, OffsetDateTime lastSuccessAt, String owner, OffsetDateTime createdAt,
            @Schema(description = "Until when the secret before the last rotation still signs beside the new one")
            OffsetDateTime previousSecretValidUntil,
            @Schema(description = "The signing secret, shown only when it is made (on creation and rotation)")
            String secret) {

        SubscriptionView withSecret(String shownOnce) {
            return new SubscriptionView(id, url, description, contactEmail, filters, status, statusReason,
                    statusChangedAt, position, failingSince, lastSuccessAt, owner, createdAt,
                    previousSecretValidUntil, shownOnce);
        }
    }

    public record DeliveryView(UUID id, String eventId, long position, String eventType,
            @Schema(description = "live, resend or replay") String cause, UUID replayId,
            @Schema(description = "pending, delivered or failed") String status, int attempts,
            OffsetDateTime createdAt, OffsetDateTime firstAttemptAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime nextAttemptAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.position, d.eventType, d.cause, d.replayId, d.status,
                    d.attempts, d.createdAt, d.firstAttemptAt, d.lastAttemptAt, d.nextAttemptAt);
        }
    }

    public record AttemptView(int attempt, OffsetDateTime at,
            @Schema(description = "The receiver's HTTP status; absent when it did not answer") Integer httpStatus,
            @Schema(description = "What went wrong, when something did") String error, int durationMs) {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attempt, a.attemptedAt, a.httpStatus, a.error, a.durationMs);
        }
    }

    public record DeliveryDetail(DeliveryView delivery, List<AttemptView> attempts) {
    }

    public record ReplayView(UUID id, UUID subscriptionId, @Schema(description = "running or done") String status,
            OffsetDateTime since,
            @Schema(description = "The replay covers the events after this position") long fromPosition,
            @Schema(description = "... up to this one, the end of the log when it was asked for") long upTo,
            @Schema(description = "How far it has come") long scannedTo,
            @Schema(description = "Events of its stretch of the log handled") long done,
            @Schema(description = "Events in its stretch of the log") long total,
            @Schema(description = "Events its filters passed, delivered again") long sent,
            OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

        static ReplayView of(WebhookReplay r) {
            return new ReplayView(r.id, r.subscriptionId, r.status, r.since, r.fromPosition, r.upTo, r.scannedTo,
                    r.scannedTo - r.fromPosition, r.upTo - r.fromPosition, r.sent, r.requestedAt, r.finishedAt);
        }
    }
}
