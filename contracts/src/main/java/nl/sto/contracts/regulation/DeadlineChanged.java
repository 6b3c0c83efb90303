package nl.sto.contracts.regulation;

import java.time.LocalDate;

/**
 * {@code nl.sto.deadline.changed.v1} on {@code sto.regulation.v1}: an amendment of regulation {@code regulationId}
 * moved one obligation of one region from {@code from} to {@code to}; {@code reason} is the amendment's legal
 * reference. Subject: the region.
 */
public record DeadlineChanged(String obligationId, String regionCode, String regulationId, String kind,
        LocalDate from, LocalDate to, int version, String reason) {
}
