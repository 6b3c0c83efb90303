package nl.sto.portal.monitor;

import java.util.List;

import nl.sto.portal.client.regions.RegionViews.RegionSummary;

/** A region to choose in the monitor pages' region select: its code, and its name to read it by. */
public record RegionChoice(String code, String name) {

    public static List<RegionChoice> of(List<RegionSummary> regions) {
        return regions.stream().map(r -> new RegionChoice(r.code(), r.name())).toList();
    }

    public String label() {
        return name == null || name.isBlank() ? code : code + " – " + name;
    }
}
