package nl.sto.contracts.regulation;

import java.time.LocalDate;

/**
 * {@code nl.sto.obligation.created.v1} on {@code sto.regulation.v1}: a region taking part in regulation
 * {@code regulationId} owes this obligation by {@code dueDate}, derived from the regulation's version
 * {@code version} ({@code legalReference}). {@code report}: a report is written for it (otherwise a milestone, such as
 * the end of the spending period). Subject: the region.
 */
public record ObligationCreated(String obligationId, String regionCode, String regulationId, String kind,
        Names kindName, boolean report, LocalDate dueDate, int version, String legalReference) {
}
