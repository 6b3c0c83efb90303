package nl.sto.contracts;

/** CloudEvent {@code type} values. The version suffix changes only with an incompatible payload. */
public final class EventTypes {
    public static final String REGION_REGISTERED = "nl.sto.region.registered.v1";
    public static final String REGION_ADMITTED = "nl.sto.region.admitted.v1";
    public static final String REGION_UPDATED = "nl.sto.region.updated.v1";
    public static final String REGION_CLOSED = "nl.sto.region.closed.v1";
    public static final String PARTNER_JOINED = "nl.sto.partner.joined.v1";
    public static final String PARTNER_LEFT = "nl.sto.partner.left.v1";
    public static final String CONTACT_CHANGED = "nl.sto.contact.changed.v1";
    public static final String GRANT_AWARDED = "nl.sto.grant.awarded.v1";
    public static final String COFINANCING_CONFIRMED = "nl.sto.cofinancing.confirmed.v1";

    private EventTypes() {
    }
}
