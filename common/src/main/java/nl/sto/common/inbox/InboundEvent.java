package nl.sto.common.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A CloudEvent as a consumer sees it: its attributes and its JSON data, read into a contract record on demand. */
public record InboundEvent(String id, String type, String source, String subject, String data, ObjectMapper json) {

    /** Reads the data as the given payload record; data that does not fit makes the event poison. */
    public <T> T payload(Class<T> payloadType) {
        try {
            return json.readValue(data, payloadType);
        } catch (Exception e) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has unreadable data: "
                    + e.getMessage(), e);
        }
    }
}
