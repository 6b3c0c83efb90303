package nl.sto.common.inbox;

/** An event that no retry can process (not a CloudEvent, unreadable data): it goes straight to the dead letters. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
