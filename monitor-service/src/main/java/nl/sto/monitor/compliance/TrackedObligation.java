package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.sto.contracts.regulation.Names;

/**
 * What the board knows of one report obligation of a region: the facts the events brought, each null until its event
 * arrives. The state follows from them and the day ({@link ComplianceRules}).
 *
 * @param dueDate the due date of the regulation's latest version that set it, {@code dueVersion}
 * @param dueReason that version's legal reference
 * @param reportedDueDate the due date that report events named: stands in while the regulation's is not known
 * @param regionClosedOn when the region's participation ended, if it did
 */
public record TrackedObligation(String obligationId, String regionCode, String regionName, LocalDate regionClosedOn,
        String regulationId, String kind, Names kindName, LocalDate dueDate, Integer dueVersion, String dueReason,
        LocalDate reportedDueDate, OffsetDateTime draftStartedAt, OffsetDateTime firstSubmittedAt,
        OffsetDateTime lastSubmittedAt, Integer submittedVersion, Integer returnedVersion, OffsetDateTime returnedAt,
        Integer acceptedVersion, OffsetDateTime acceptedAt, ReminderTally reminders) {
}
