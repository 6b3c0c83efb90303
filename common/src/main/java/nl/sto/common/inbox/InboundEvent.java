package nl.sto.common.inbox;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvent as a consumer sees it: its attributes and its JSON data, read into a contract record on demand.
 * {@code time} is when the producer says the event happened, and null when the event does not say; a consumer that
 * keeps events (the monitor's event log) needs it, the others go by their own clock.
 */
public record InboundEvent(String id, String type, String source, String subject, OffsetDateTime time, String data,
        ObjectMapper json) {

    /**
     * Reads the data as the given payload record; data that does not fit makes the event poison. Unlike a request,
     * an event may carry fields this service does not know: a v1 event type only ever gains fields, and a producer
     * deployed before its consumers must not send their events to the dead letters. A known field of the wrong type
     * is still refused, as a producer's mistake.
     */
    public <T> T payload(Class<T> payloadType) {
        try {
            return json.readerFor(payloadType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (Exception e) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has unreadable data: "
                    + e.getMessage(), e);
        }
    }
}
