package nl.sto.contracts.regulation;

import java.time.LocalDate;

/**
 * {@code nl.sto.obligation.created.v1} on {@code sto.regulation.v1}: a region owes this obligation by
 * {@code dueDate}, derived from the regulation version {@code version} ({@code legalReference}). Subject: the region.
 */
public record ObligationCreated(String obligationId, String regionCode, ObligationKind kind, LocalDate dueDate,
        int version, String legalReference) {
}
