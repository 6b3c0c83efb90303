package nl.sto.contracts.regions;

import java.time.LocalDate;

/**
 * Payload of {@code nl.sto.region.registered.v1} on {@code sto.regions.v1}: the ministry registered a region.
 * The CloudEvent subject is the region code. {@code tranche} is {@code 1}, {@code 2}, {@code 3} or {@code LATE};
 * a late admission also has {@code adviceReference}, the assessment committee's advice.
 */
public record RegionRegistered(String code, String name, String tranche, LocalDate admittedOn,
        String adviceReference) {
}
