package nl.sto.monitor.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an event as the structured CloudEvent JSON the stream and the webhooks send, with the same mapper as the JSON
 * API.
 */
@ApplicationScoped
public class EventRenderer {

    private final ObjectMapper json;

    EventRenderer(ObjectMapper json) {
        this.json = json;
    }

    public RenderedEvent render(LoggedEvent event) {
        try {
            return new RenderedEvent(event, json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.position() + " of the log cannot be written as JSON", e);
        }
    }
}
