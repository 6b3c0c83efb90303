package nl.sto.contracts.regions;

import java.math.BigDecimal;

/** {@code nl.sto.grant.awarded.v1}: the grant of a region for a year, in euros (exact decimal). */
public record GrantAwarded(String regionCode, int year, BigDecimal amount) {
}
