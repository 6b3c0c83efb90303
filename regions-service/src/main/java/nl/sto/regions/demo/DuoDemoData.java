package nl.sto.regions.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.sto.regions.demo.FictionalBusinesses.Business;
import nl.sto.regions.demo.PartnershipAreas.Area;

/**
 * Builds the platform's demo data set: 77 regions made from the real vmbo locations in DUO's open data, with
 * fictional businesses, contacts and amounts. Pure: it reads one file and returns values; registering them is
 * the caller's job. The same file always gives the same data set.
 *
 * <p>The file is DUO's "02. Alle vestigingen vo" (DUO open onderwijsdata, duo.nl/open_onderwijsdata, "Voortgezet
 * onderwijs - Adressen - Alle vestigingen vo"); the project does not ship it.
 */
public final class DuoDemoData {

    /** Where the file lives below the data folder. */
    public static final String LOCATIONS_FILE = "duo/alle-vestigingen-vo.csv";
    public static final int REGION_COUNT = 77;

    /**
     * R01 and R02 carry the demo logins (devstack realms): {@code lead-r01} works in R01, whose lead is the
     * board of Hondsrug College (Emmen); {@code school-r02} works at Calvijn (BRIN 16PK) in Rotterdam, a partner
     * school of R02 but not its lead; {@code biz-r01} is R01's first business, KvK 99000001.
     */
    static final String R01_LEAD_BOARD = "41509";
    static final String R02_SCHOOL_BRIN = "16PK";
    /** Dronten failed to reach a final application in the third tranche and was admitted late, in 2021. */
    static final String LATE_MUNICIPALITY = "DRONTEN";
    static final LocalDate LATE_ADMISSION = LocalDate.of(2021, 4, 1);
    static final String LATE_ADVICE = "BC-STO-2021-003 (positief advies beoordelingscommissie)";

    /** Regions R01..R76 take the tranches in turn; each tranche was admitted on one day in 2020. */
    private static final List<String> TRANCHES = List.of("1", "2", "3");
    private static final Map<String, LocalDate> TRANCHE_ADMISSION = Map.of(
            "1", LocalDate.of(2020, 3, 1),
            "2", LocalDate.of(2020, 6, 1),
            "3", LocalDate.of(2020, 10, 1));
    /** Partnerships with at least this many locations have a third business partner. */
    private static final int THIRD_BUSINESS_FROM = 14;
    /** Partnerships with at least this many locations have a project leader next to the penvoerder's contact. */
    private static final int PROJECT_LEADER_FROM = 10;
    private static final List<Integer> COFINANCING_YEARS = List.of(2021, 2022);

    private DuoDemoData() {
    }

    /**
     * @param dataDir the folder holding {@value #LOCATIONS_FILE}
     * @return R01..R77 in code order
     */
    public static List<DemoRegion> load(Path dataDir) {
        Path file = dataDir.resolve(LOCATIONS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No DUO location file at " + file.toAbsolutePath()
                    + "; download \"Alle vestigingen vo\" from DUO open onderwijsdata (duo.nl/open_onderwijsdata)");
        }
        try {
            return build(VboLocation.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<DemoRegion> build(List<VboLocation> locations) {
        PartnershipAreas.Areas areas = PartnershipAreas.form(locations, REGION_COUNT, LATE_MUNICIPALITY);
        List<Area> ordered = order(areas);
        FictionalBusinesses businesses = new FictionalBusinesses();
        FictionalContacts contacts = new FictionalContacts();
        List<DemoRegion> regions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Area area = ordered.get(i);
            boolean late = area == areas.late();
            String tranche = late ? DemoRegion.LATE : TRANCHES.get(i % TRANCHES.size());
            LocalDate admittedOn = late ? LATE_ADMISSION : TRANCHE_ADMISSION.get(tranche);
            regions.add(region(i, area, tranche, admittedOn, late ? LATE_ADVICE : null, businesses, contacts));
        }
        return List.copyOf(regions);
    }

    /** R01 = the Emmen partnership, R02 = the one with Calvijn, then the others by name, the late one last. */
    private static List<Area> order(PartnershipAreas.Areas areas) {
        Area r01 = only(areas.regular(), a -> a.contains(VboLocation::board, R01_LEAD_BOARD),
                "board " + R01_LEAD_BOARD);
        Area r02 = only(areas.regular(), a -> a.contains(VboLocation::brin, R02_SCHOOL_BRIN),
                "BRIN " + R02_SCHOOL_BRIN);
        if (r01 == r02) {
            throw new IllegalStateException("Board " + R01_LEAD_BOARD + " and BRIN " + R02_SCHOOL_BRIN
                    + " ended up in one partnership");
        }
        List<Area> ordered = new ArrayList<>(List.of(r01, r02));
        areas.regular().stream().filter(a -> a != r01 && a != r02).forEach(ordered::add);
        ordered.add(areas.late());
        return ordered;
    }

    private static Area only(List<Area> areas, Predicate<Area> test, String what) {
        List<Area> matches = areas.stream().filter(test).toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("Expected the vmbo locations of " + what + " in one partnership, found "
                    + matches.size());
        }
        return matches.get(0);
    }

    private static DemoRegion region(int index, Area area, String tranche, LocalDate admittedOn, String advice,
            FictionalBusinesses businesses, FictionalContacts contacts) {
        String code = String.format("R%02d", index + 1);
        List<String> municipalities = area.municipalities();
        List<DemoPartner> partners = new ArrayList<>();
        partners.add(lead(code, area, admittedOn));
        for (VboLocation location : area.locations()) {
            partners.add(new DemoPartner(DemoPartner.LOCATION, location.code(), location.name(),
                    location.municipality(), DemoPartner.SCHOOL, admittedOn));
        }
        int businessCount = area.locations().size() >= THIRD_BUSINESS_FROM ? 3 : 2;
        List<Business> regionBusinesses = new ArrayList<>();
        List<DemoCofinancing> cofinancing = new ArrayList<>();
        for (int n = 0; n < businessCount; n++) {
            Business business = businesses.next(index, n, area.labourMarketRegion(), municipalities);
            regionBusinesses.add(business);
            partners.add(new DemoPartner(DemoPartner.KVK, business.kvk(), business.name(), business.municipality(),
                    DemoPartner.BUSINESS, admittedOn));
            long kvk = Long.parseLong(business.kvk());
            String kind = DemoMoney.cofinancingKind(kvk);
            for (int year : COFINANCING_YEARS) {
                cofinancing.add(new DemoCofinancing(business.kvk(), year, DemoMoney.cofinancingAmount(kvk, year, kind),
                        kind, DemoMoney.cofinancingConfirmed(kvk, year)));
            }
        }
        List<DemoContact> regionContacts = new ArrayList<>();
        regionContacts.add(contacts.next("Penvoerder"));
        if (area.locations().size() >= PROJECT_LEADER_FROM) {
            regionContacts.add(contacts.next("Projectleider"));
        }
        List<String> fields = regionBusinesses.stream().map(b -> b.sector().field).distinct().toList();
        return new DemoRegion(code, area.name(), tranche, admittedOn, advice,
                DemoTexts.duurzaam(municipalities),
                DemoTexts.dekkend(municipalities, area.locations().size()),
                DemoTexts.kwalitatief(municipalities, fields),
                partners, DemoMoney.grants(area.locations().size(), admittedOn.getYear()), regionContacts,
                cofinancing);
    }

    /**
     * The penvoerder: the board with the most vmbo locations in the region (ties: the lowest board number).
     * Two exceptions keep the demo logins meaningful: R01's lead is the Hondsrug College board, and in R02 the
     * demo school's own board is passed over, so that login acts as a partner school, not as the lead.
     */
    private static DemoPartner lead(String code, Area area, LocalDate admittedOn) {
        String board;
        if (code.equals("R01")) {
            board = R01_LEAD_BOARD;
        } else {
            String excluded = code.equals("R02") ? boardOf(area, R02_SCHOOL_BRIN) : null;
            Map<String, Long> perBoard = area.locations().stream()
                    .filter(l -> !l.board().equals(excluded))
                    .collect(Collectors.groupingBy(VboLocation::board, TreeMap::new, Collectors.counting()));
            board = perBoard.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                    .orElseThrow(() -> new IllegalStateException(code + " has no board to lead it"))
                    .getKey();
        }
        VboLocation first = area.locations().stream().filter(l -> l.board().equals(board))
                .min(Comparator.comparing(VboLocation::code)).orElseThrow();
        // DUO's location file has no board names; name the board after its first location in the region.
        return new DemoPartner(DemoPartner.BOARD, board, "Bevoegd gezag " + board + " (" + first.name() + ")",
                first.municipality(), DemoPartner.LEAD, admittedOn);
    }

    private static String boardOf(Area area, String brin) {
        return area.locations().stream().filter(l -> l.brin().equals(brin)).map(VboLocation::board)
                .findFirst().orElseThrow();
    }
}
