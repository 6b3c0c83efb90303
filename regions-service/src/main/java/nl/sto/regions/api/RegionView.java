package nl.sto.regions.api;

import java.time.OffsetDateTime;

import nl.sto.regions.domain.Region;

public record RegionView(String code, String name, OffsetDateTime registeredAt) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.registeredAt);
    }
}
