package nl.sto.monitor.compliance;

import java.time.OffsetDateTime;

/**
 * How the reminders about one obligation went: how many were delivered, how many stand failed (their last attempt
 * failed), and what {@link #failing()} needs to judge whether the region is still reached.
 *
 * @param lastDeliveredAt the latest delivery of any of them
 * @param permanentFailure one of them stands failed permanently (the server refused it, the address is invalid)
 * @param lastTechnicalFailureAt the latest failure of those standing failed for a technical reason
 */
public record ReminderTally(long delivered, long failed, OffsetDateTime lastDeliveredAt, boolean permanentFailure,
        OffsetDateTime lastTechnicalFailureAt) {

    public static final ReminderTally NONE = new ReminderTally(0, 0, null, false, null);

    /**
     * A permanent failure keeps failing until that reminder is resent and delivered: the address needs fixing,
     * however many other reminders arrive. A technical failure counts until any reminder about the obligation is
     * delivered after it, which shows the region is reached again.
     */
    public boolean failing() {
        return permanentFailure || lastTechnicalFailureAt != null
                && (lastDeliveredAt == null || lastDeliveredAt.isBefore(lastTechnicalFailureAt));
    }
}
