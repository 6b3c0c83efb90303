package nl.sto.monitor.events;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * One message of the live stream: an event (its position as the SSE {@code id}, which a client sends back as
 * {@code Last-Event-ID}; its CloudEvent type as the SSE {@code event}; its structured CloudEvent as the
 * {@code data}), or a comment that no client acts on.
 */
public record StreamMessage(RenderedEvent event, String comment) {

    static StreamMessage of(RenderedEvent event) {
        return new StreamMessage(event, null);
    }

    static StreamMessage comment(String text) {
        return new StreamMessage(null, text);
    }

    OutboundSseEvent toSse(Sse sse) {
        if (event == null) {
            return sse.newEventBuilder().comment(comment).build();
        }
        return sse.newEventBuilder().id(Long.toString(event.position())).name(event.event().type())
                .data(event.json()).build();
    }
}
