package nl.sto.regions.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Invents the business partners of the demo regions. They must be clearly fictional: names start with "Demo"
 * and KvK numbers come, in order, from the range 99000001..99099999 that the project keeps for demo data (so
 * the first business of R01 gets 99000001, the number the demo login {@code biz-r01} carries).
 */
final class FictionalBusinesses {

    static final int FIRST_KVK = 99_000_001;
    static final int LAST_KVK = 99_099_999;

    /** The technical sectors behind the vmbo technical profiles (BWI, PIE, M&T, MVI, MaT). */
    enum Sector {
        INSTALLATIE("Installatietechniek", "de installatietechniek"),
        BOUW("Bouwbedrijf", "de bouw"),
        MOBILITEIT("Autotechniek", "de mobiliteit"),
        ICT("ICT-diensten", "de ICT"),
        MARITIEM("Scheepsbouw", "de maritieme techniek");

        final String nameWord;
        final String field;

        Sector(String nameWord, String field) {
            this.nameWord = nameWord;
            this.field = field;
        }
    }

    /** Labour-market regions on the coast or the big waters, where a shipyard is a plausible partner. */
    private static final Set<String> MARITIME_REGIONS = Set.of("Rijnmond", "Zeeland", "Fryslân",
            "Noord-Holland-Noord", "Zuidelijk Noord-Holland", "Haaglanden", "Noord-Groningen", "Flevoland");
    private static final List<Sector> INLAND = List.of(Sector.INSTALLATIE, Sector.BOUW, Sector.MOBILITEIT,
            Sector.ICT);
    private static final List<Sector> MARITIME = List.of(Sector.INSTALLATIE, Sector.BOUW, Sector.MOBILITEIT,
            Sector.ICT, Sector.MARITIEM);
    /** Added when "Demo Bouwbedrijf Rotterdam" is taken (a city spread over several partnerships). */
    private static final List<String> NAME_VARIANTS = List.of("", " Groep", " Partners", " & Zonen", " Holland");

    private int nextKvk = FIRST_KVK;
    private final Set<String> usedNames = new HashSet<>();

    record Business(String kvk, String name, String municipality, Sector sector) {
    }

    /**
     * The {@code number}-th business (0-based) of the region with index {@code regionIndex}: the sectors rotate
     * with the region, so neighbouring regions differ, and region 0 starts with installation technology.
     */
    Business next(int regionIndex, int number, String labourMarketRegion, List<String> municipalities) {
        if (nextKvk > LAST_KVK) {
            throw new IllegalStateException("Out of demo KvK numbers");
        }
        List<Sector> sectors = MARITIME_REGIONS.contains(labourMarketRegion) ? MARITIME : INLAND;
        Sector sector = sectors.get((regionIndex + number) % sectors.size());
        String municipality = municipalities.get(number % municipalities.size());
        String base = "Demo " + sector.nameWord + " " + municipality;
        String name = NAME_VARIANTS.stream().map(variant -> base + variant + " B.V.")
                .filter(usedNames::add).findFirst()
                .orElseThrow(() -> new IllegalStateException("No unique name left for " + base));
        return new Business(String.valueOf(nextKvk++), name, municipality, sector);
    }
}
