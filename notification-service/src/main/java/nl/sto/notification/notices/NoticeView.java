package nl.sto.notification.notices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A notice as the ministry and the monitor team read it: what it said, to whom, and every attempt to send it. */
public record NoticeView(UUID id, String eventId, String kind, String recipient, JsonNode facts, String status,
        String statusReason, OffsetDateTime createdAt, OffsetDateTime sentAt, String contentHash,
        List<Attempt> attempts) {

    public record Attempt(int attempt, OffsetDateTime attemptedAt, String outcome, String detail) {
    }
}
