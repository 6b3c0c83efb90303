package nl.sto.notification.reminders;

/** How far the region is with an obligation, as far as reminders are concerned. */
public enum ObligationState {
    /** Still to be done: reminders run. */
    OPEN,
    /** A report is in: no more reminders until a reviewer returns it. */
    SUBMITTED,
    /** Returned for a new version: reminders run again. */
    RETURNED,
    ACCEPTED,
    /** The region's participation ended. */
    WITHDRAWN;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean remindable() {
        return this == OPEN || this == RETURNED;
    }
}
