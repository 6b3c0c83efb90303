package nl.sto.portal.monitor;

/**
 * Where the relayed live stream continues: after the position the browser last received (its EventSource sends
 * {@code Last-Event-ID} when it reconnects), else after the newest event the page showed ({@code after=}), else from
 * now on. Anything but a position is ignored rather than passed on.
 */
public final class EventStreamRelay {

    private EventStreamRelay() {
    }

    public static String resumeAfter(String lastEventId, String after) {
        if (position(lastEventId)) {
            return lastEventId.strip();
        }
        return position(after) ? after.strip() : null;
    }

    private static boolean position(String value) {
        return value != null && value.strip().matches("\\d{1,18}");
    }
}
