package nl.sto.contracts.regions;

import java.math.BigDecimal;

/**
 * {@code nl.sto.cofinancing.confirmed.v1}: a business confirmed its co-financing of a region for a year;
 * {@code kind} is {@code MONEY} or {@code IN_KIND}.
 */
public record CofinancingConfirmed(String regionCode, String kvk, int year, BigDecimal amount, String kind) {
}
