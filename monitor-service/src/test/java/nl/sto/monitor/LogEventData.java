package nl.sto.monitor;

import java.util.UUID;

/**
 * The data of a report, regulation or notification event as its contract has it, whichever of those types it is
 * sent with: the log's tests publish events of every type, and the compliance board, kept in the log's transaction,
 * turns away one that lacks what its type must carry. Each event its own obligation and reminder, of a regulation no
 * other test uses, so that the board's figures of other tests stay as they are; {@code marker} lets a test find the
 * data again where the event is delivered.
 */
public final class LogEventData {

    private LogEventData() {
    }

    public static String of(String region, String marker) {
        return """
                {"regionCode":"%s","marker":"%s","count":3,"obligationId":"%s","reminderId":"%s",
                 "regulationId":"log-tests","kind":"VOORTGANG","report":true,"late":false,"version":1,
                 "deadlineVersion":1,"attempts":1,"dueDate":"2031-11-01","to":"2031-11-15",
                 "submittedAt":"2031-10-01T09:00:00Z","sentAt":"2031-10-01T09:00:00Z","status":"permanent-failure",
                 "failedAt":"2031-10-01T09:00:00Z","cancelledAt":"2031-10-01T09:00:00Z"}"""
                .formatted(region, marker, UUID.randomUUID(), UUID.randomUUID());
    }
}
