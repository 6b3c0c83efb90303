package nl.sto.notification.notices;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A notice this replica claimed to send: its {@code attempt} is the one being made now. */
record ClaimedNotice(UUID id, NoticeKind kind, String recipient, JsonNode facts, int attempt,
        OffsetDateTime createdAt) {
}
