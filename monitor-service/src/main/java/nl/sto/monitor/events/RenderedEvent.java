package nl.sto.monitor.events;

/** An event with its structured CloudEvent JSON, written once however many subscribers are sent it. */
public record RenderedEvent(LoggedEvent event, String json) {

    public long position() {
        return event.position();
    }
}
