package nl.sto.contracts;

/** CloudEvent {@code type} values. The version suffix changes only with an incompatible payload. */
public final class EventTypes {
    public static final String REGION_REGISTERED = "nl.sto.region.registered.v1";

    private EventTypes() {
    }
}
