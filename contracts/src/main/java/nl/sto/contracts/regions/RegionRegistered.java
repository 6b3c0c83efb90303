package nl.sto.contracts.regions;

/**
 * Payload of {@code nl.sto.region.registered.v1} on {@code sto.regions.v1}: the ministry registered a region.
 * The CloudEvent subject is the region code.
 */
public record RegionRegistered(String code, String name) {
}
