package nl.sto.regions.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups the vmbo locations into plausible regional partnerships.
 *
 * <p>Real STO regions grew out of the labour-market regions (RPA-gebieden, 34 of them), the larger ones
 * holding several partnerships. So: start from the labour-market regions and keep cutting the largest group
 * (most locations) in two until there are enough. A cut follows the map as far as the data allows:
 * <ol>
 * <li>between COROP areas, if that leaves at least a quarter on the smaller side (a stray location in a
 * neighbouring COROP area stays with its labour-market region rather than becoming a partnership of one);</li>
 * <li>else between municipalities: a municipality is never split while the group has others;</li>
 * <li>a group of one large municipality (Amsterdam, Rotterdam) is cut between schools (BRIN), so a school with
 * several locations in the city stays in one partnership;</li>
 * <li>only a single school is cut between its locations.</li>
 * </ol>
 * The units on each level are lined up by the median of their 4-digit postcodes (nearby places have nearby
 * postcodes) and cut where the two sides are closest in size. One municipality (the late region, Dronten) is
 * taken out first and becomes a partnership of its own. Ties are broken by names and codes, so the same file
 * always gives the same partnerships.
 */
final class PartnershipAreas {

    /** The smallest share the smaller side of a COROP cut may have (see the class comment). */
    private static final double MIN_COROP_SHARE = 0.25;
    /** Parts with more municipalities than this are named after the first two ("Hoorn, Schagen e.o."). */
    private static final int NAMED_MUNICIPALITIES = 3;

    /**
     * A partnership's area.
     *
     * @param locations sorted by code
     */
    record Area(String name, String labourMarketRegion, List<VboLocation> locations) {

        Area {
            locations = locations.stream().sorted(Comparator.comparing(VboLocation::code)).toList();
        }

        /** Readable names, the municipality with the most locations first (then alphabetical). */
        List<String> municipalities() {
            Map<String, Long> counts = locations.stream()
                    .collect(Collectors.groupingBy(VboLocation::municipality, TreeMap::new, Collectors.counting()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        boolean contains(Function<VboLocation, String> field, String value) {
            return locations.stream().anyMatch(l -> value.equals(field.apply(l)));
        }
    }

    /**
     * @param regular the partnerships formed from the labour-market regions, sorted by name
     * @param late the separate partnership of the late municipality
     */
    record Areas(List<Area> regular, Area late) {
    }

    private PartnershipAreas() {
    }

    /**
     * @param regionCount how many partnerships in all, the late one included
     * @param lateMunicipalityKey the municipality (DUO spelling) that forms the late partnership on its own
     */
    static Areas form(List<VboLocation> locations, int regionCount, String lateMunicipalityKey) {
        List<VboLocation> late = locations.stream().filter(l -> l.municipalityKey().equals(lateMunicipalityKey))
                .toList();
        if (late.isEmpty()) {
            throw new IllegalStateException("No vmbo location in municipality " + lateMunicipalityKey);
        }
        List<Part> parts = locations.stream().filter(l -> !l.municipalityKey().equals(lateMunicipalityKey))
                .collect(Collectors.groupingBy(VboLocation::labourMarketRegion, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new Part(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(ArrayList::new));
        int target = regionCount - 1;
        if (parts.size() > target) {
            throw new IllegalStateException(parts.size() + " labour-market regions, more than " + target
                    + " partnerships");
        }
        while (parts.size() < target) {
            Part largest = parts.stream().min(LARGEST_FIRST).orElseThrow();
            parts.remove(largest);
            parts.addAll(bisect(largest));
        }
        List<Area> regular = name(parts);
        Area lateArea = new Area("Demo: " + MunicipalityNames.readable(lateMunicipalityKey),
                late.get(0).labourMarketRegion(), late);
        Set<String> names = new HashSet<>();
        for (Area area : regular) {
            if (!names.add(area.name()) || area.name().equals(lateArea.name())) {
                throw new IllegalStateException("Two partnerships would be called " + area.name());
            }
        }
        return new Areas(regular, lateArea);
    }

    /** A group of locations on its way to becoming a partnership. */
    private record Part(String labourMarketRegion, List<VboLocation> locations) {

        String firstCode() {
            return locations.stream().map(VboLocation::code).min(Comparator.naturalOrder()).orElseThrow();
        }

        int medianPostcode() {
            return median(locations);
        }
    }

    private static final Comparator<Part> LARGEST_FIRST = Comparator
            .comparingInt((Part p) -> -p.locations().size())
            .thenComparing(Part::labourMarketRegion)
            .thenComparing(Part::firstCode);

    private static List<Part> bisect(Part part) {
        List<VboLocation> locations = part.locations();
        Optional<List<List<VboLocation>>> cut = bestCut(locations, VboLocation::coropArea)
                .filter(sides -> sides.stream().mapToInt(List::size).min().orElse(0)
                        >= MIN_COROP_SHARE * locations.size())
                .or(() -> bestCut(locations, VboLocation::municipalityKey))
                .or(() -> bestCut(locations, VboLocation::brin))
                .or(() -> bestCut(locations, VboLocation::code));
        return cut.orElseThrow(() -> new IllegalStateException("Cannot split " + part))
                .stream().map(side -> new Part(part.labourMarketRegion(), side)).toList();
    }

    /**
     * Groups the locations by {@code unit}, lines the units up by median postcode and cuts where the sides are
     * closest in size; empty if there is only one unit.
     */
    private static Optional<List<List<VboLocation>>> bestCut(List<VboLocation> locations,
            Function<VboLocation, String> unit) {
        Map<String, List<VboLocation>> units = locations.stream()
                .collect(Collectors.groupingBy(unit, TreeMap::new, Collectors.toList()));
        if (units.size() < 2) {
            return Optional.empty();
        }
        List<List<VboLocation>> lineUp = units.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<VboLocation>> e) -> median(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue)
                .toList();
        int bestIndex = 1;
        int bestDifference = Integer.MAX_VALUE;
        int left = 0;
        for (int i = 1; i < lineUp.size(); i++) {
            left += lineUp.get(i - 1).size();
            int difference = Math.abs(locations.size() - 2 * left);
            if (difference < bestDifference) {
                bestDifference = difference;
                bestIndex = i;
            }
        }
        return Optional.of(List.of(flatten(lineUp.subList(0, bestIndex)), flatten(lineUp.subList(bestIndex,
                lineUp.size()))));
    }

    private static List<VboLocation> flatten(List<List<VboLocation>> units) {
        return units.stream().flatMap(List::stream).toList();
    }

    /** The lower median of the 4-digit postcodes. */
    private static int median(List<VboLocation> locations) {
        int[] postcodes = locations.stream().mapToInt(VboLocation::postcode4).sorted().toArray();
        return postcodes[(postcodes.length - 1) / 2];
    }

    /**
     * "Demo: Twente" for an unsplit labour-market region; a split one names each part after its municipalities
     * ("Demo: Twente (Enschede)", "Demo: Zeeland (Terneuzen, Hulst en Sluis)", "Demo: Nijmegen (gemeente
     * Nijmegen)"), or, for the parts of one large municipality, numbers them by postcode ("Demo: Rijnmond
     * (Rotterdam, deel 2)").
     */
    private static List<Area> name(List<Part> parts) {
        Map<String, List<Part>> byRegion = parts.stream().collect(Collectors.groupingBy(Part::labourMarketRegion,
                TreeMap::new, Collectors.toList()));
        List<Area> areas = new ArrayList<>();
        byRegion.forEach((region, regionParts) -> {
            if (regionParts.size() == 1) {
                areas.add(new Area("Demo: " + region, region, regionParts.get(0).locations()));
                return;
            }
            Map<String, List<Part>> wholeCity = new LinkedHashMap<>();
            regionParts.stream()
                    .sorted(Comparator.comparingInt(Part::medianPostcode).thenComparing(Part::firstCode))
                    .forEach(p -> wholeCity.computeIfAbsent(singleMunicipality(p), k -> new ArrayList<>()).add(p));
            for (Part part : regionParts) {
                Area unnamed = new Area("", region, part.locations());
                List<String> municipalities = unnamed.municipalities();
                List<Part> sameCity = wholeCity.get(singleMunicipality(part));
                String label;
                if (municipalities.size() == 1 && sameCity.size() > 1) {
                    label = municipalities.get(0) + ", deel " + (sameCity.indexOf(part) + 1);
                } else if (municipalities.size() == 1 && municipalities.get(0).equals(region)) {
                    label = "gemeente " + region;
                } else if (municipalities.size() <= NAMED_MUNICIPALITIES) {
                    label = DemoTexts.list(municipalities);
                } else {
                    label = municipalities.get(0) + ", " + municipalities.get(1) + " e.o.";
                }
                areas.add(new Area("Demo: " + region + " (" + label + ")", region, part.locations()));
            }
        });
        areas.sort(Comparator.comparing(Area::name));
        return areas;
    }

    /** The part's municipality if it has only one, else a key no municipality has. */
    private static String singleMunicipality(Part part) {
        Set<String> keys = part.locations().stream().map(VboLocation::municipalityKey).collect(Collectors.toSet());
        return keys.size() == 1 ? keys.iterator().next() : "\u0000" + part.firstCode();
    }
}
