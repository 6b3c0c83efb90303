package nl.sto.contracts.regions;

/** {@code nl.sto.region.updated.v1}: the region's name or plan summary (its three aims) changed. */
public record RegionUpdated(String code, String name, String planDuurzaam, String planDekkend,
        String planKwalitatief) {
}
