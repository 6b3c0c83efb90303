package nl.sto.contracts.regions;

import java.time.LocalDate;

/** {@code nl.sto.region.closed.v1}: the region's participation ended. */
public record RegionClosed(String code, LocalDate closedOn, String reason) {
}
