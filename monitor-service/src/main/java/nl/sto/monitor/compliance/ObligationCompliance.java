package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.sto.contracts.regulation.Names;

/**
 * One obligation of one region on the board: its state today, its current due date and why it is that date (the
 * regulation's version and legal reference), when the report was started, submitted, returned and accepted, and how
 * its reminders went. {@code onTime}: whether the first submission met the due date, null before there is one.
 */
public record ObligationCompliance(String obligationId, String region, String regionName, String regulationId,
        String kind, Names kindName, ComplianceState state, Boolean onTime, LocalDate dueDate,
        Integer dueDateVersion, String dueDateReason, OffsetDateTime draftStartedAt, OffsetDateTime submittedAt,
        OffsetDateTime lastSubmittedAt, Integer submittedVersion, OffsetDateTime returnedAt,
        OffsetDateTime acceptedAt, Reminders reminders) {

    /** Reminders delivered, reminders whose last attempt failed, and whether the region is still not reached. */
    public record Reminders(long delivered, long failed, boolean failing) {
    }

    static ObligationCompliance of(TrackedObligation o, LocalDate today) {
        return new ObligationCompliance(o.obligationId(), o.regionCode(), o.regionName(), o.regulationId(), o.kind(),
                o.kindName(), ComplianceRules.state(o, today), ComplianceRules.onTime(o),
                ComplianceRules.dueDate(o), o.dueVersion(), o.dueReason(), o.draftStartedAt(), o.firstSubmittedAt(),
                o.lastSubmittedAt(), o.submittedVersion(), o.returnedAt(), o.acceptedAt(),
                new Reminders(o.reminders().delivered(), o.reminders().failed(), o.reminders().failing()));
    }
}
