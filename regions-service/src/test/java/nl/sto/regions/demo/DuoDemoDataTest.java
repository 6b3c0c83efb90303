package nl.sto.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data set built from the real DUO file in {@code ../shared/data} (not part of the project). */
class DuoDemoDataTest {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private static Path dataDir;
    private static List<DemoRegion> regions;
    /** VBO locations read straight from the file, independently of the code under test: code → gemeente. */
    private static Map<String, String> duoVboLocations;
    private static Map<String, String> duoBoardOfLocation;

    @BeforeAll
    static void load() throws IOException {
        dataDir = dataDir();
        regions = DuoDemoData.load(dataDir);
        readDuoFileNaively(dataDir.resolve(DuoDemoData.LOCATIONS_FILE));
    }

    @Test
    void hasExactly77RegionsCodedR01ToR77InOrder() {
        assertThat(regions).extracting(DemoRegion::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 77).mapToObj(i -> String.format("R%02d", i))
                        .toList())
                .doesNotHaveDuplicates();
        assertThat(regions).extracting(DemoRegion::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("Demo: "));
    }

    @Test
    void everyRegionHasExactlyOneLeadAndItIsASchoolBoardOfTheRegion() {
        for (DemoRegion region : regions) {
            List<DemoPartner> leads = region.partners().stream().filter(p -> p.role().equals("lead")).toList();
            assertThat(leads).as(region.code()).hasSize(1);
            DemoPartner lead = leads.get(0);
            assertThat(lead.identifierType()).as(region.code()).isEqualTo("BOARD");
            assertThat(schools(region)).as(region.code() + " has a location of its lead board")
                    .anyMatch(code -> duoBoardOfLocation.get(code).equals(lead.identifier()));
        }
    }

    @Test
    void r01IsEmmenLedByHondsrugCollegeWithTheDemoBusiness() {
        DemoRegion r01 = regions.get(0);
        assertThat(r01.code()).isEqualTo("R01");
        assertThat(r01.name()).startsWith("Demo: Zuid- en Midden-Drenthe");
        assertThat(r01.lead().identifier()).isEqualTo("41509");
        assertThat(r01.partners()).anySatisfy(p -> {
            assertThat(p.identifierType()).isEqualTo("LOCATION");
            assertThat(p.municipality()).isEqualTo("Emmen");
        });
        // 00PF is the school of the demo login lead-r01.
        assertThat(schools(r01)).contains("16VP00", "00PF00");
        DemoPartner business = r01.partners().stream().filter(p -> p.identifier().equals("99000001")).findFirst()
                .orElseThrow();
        assertThat(business.identifierType()).isEqualTo("KVK");
        assertThat(business.role()).isEqualTo("business");
        assertThat(business.name()).isEqualTo("Demo Installatietechniek Emmen B.V.");
    }

    @Test
    void r02IsInRijnmondWithAllCalvijnLocationsAsSchoolsAndAnotherBoardAsLead() {
        DemoRegion r02 = regions.get(1);
        assertThat(r02.code()).isEqualTo("R02");
        assertThat(r02.name()).startsWith("Demo: Rijnmond");
        Set<String> calvijn = duoVboLocations.keySet().stream().filter(code -> code.startsWith("16PK"))
                .collect(Collectors.toSet());
        assertThat(calvijn).isNotEmpty();
        assertThat(r02.partners()).filteredOn(p -> p.identifier().startsWith("16PK"))
                .allSatisfy(p -> {
                    assertThat(p.identifierType()).isEqualTo("LOCATION");
                    assertThat(p.role()).isEqualTo("school");
                })
                .extracting(DemoPartner::identifier).containsExactlyInAnyOrderElementsOf(calvijn);
        String calvijnBoard = duoBoardOfLocation.get(calvijn.iterator().next());
        assertThat(r02.lead().identifier()).isNotEqualTo(calvijnBoard);
    }

    @Test
    void r77IsDrontenAdmittedLateAfterPositiveAdvice() {
        DemoRegion r77 = regions.get(76);
        assertThat(r77.code()).isEqualTo("R77");
        assertThat(r77.name()).isEqualTo("Demo: Dronten");
        assertThat(r77.tranche()).isEqualTo("LATE");
        assertThat(r77.admittedOn()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(r77.adviceReference()).startsWith("BC-STO-2021-").contains("positief advies");
        Set<String> dronten = duoVboLocations.entrySet().stream().filter(e -> e.getValue().equals("DRONTEN"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(schools(r77)).isNotEmpty().containsExactlyInAnyOrderElementsOf(dronten);
        assertThat(r77.grants()).as("nothing for the year before its admission").doesNotContainKey(2020);
    }

    @Test
    void otherRegionsCameInTheThree2020Tranches() {
        for (DemoRegion region : regions.subList(0, 76)) {
            assertThat(region.tranche()).as(region.code()).isIn("1", "2", "3");
            assertThat(region.admittedOn().getYear()).as(region.code()).isEqualTo(2020);
            assertThat(region.adviceReference()).as(region.code()).isNull();
        }
        assertThat(regions.subList(0, 76)).extracting(DemoRegion::tranche).contains("1", "2", "3");
    }

    @Test
    void partnersHaveValidIdentifiersRolesAndJoinWhenTheRegionIsAdmitted() {
        for (DemoRegion region : regions) {
            for (DemoPartner partner : region.partners()) {
                String pattern = switch (partner.identifierType()) {
                    case "BOARD" -> "\\d{5}";
                    case "INSTITUTION" -> "\\d{2}[A-Z]{2}";
                    case "LOCATION" -> "\\d{2}[A-Z]{2}\\d{2}";
                    case "KVK" -> "\\d{8}";
                    default -> fail("unknown identifier type " + partner.identifierType());
                };
                assertThat(partner.identifier()).as(region.code() + " " + partner).matches(pattern);
                assertThat(partner.role()).as(region.code() + " " + partner)
                        .isIn("lead", "school", "po", "mbo", "business");
                assertThat(partner.joinedOn()).isEqualTo(region.admittedOn());
                assertThat(partner.name()).isNotBlank();
                assertThat(partner.municipality()).isNotBlank()
                        .as("readable case, not DUO's capitals").isNotEqualTo(partner.municipality().toUpperCase());
            }
            assertThat(region.partners()).filteredOn(p -> p.role().equals("school"))
                    .allSatisfy(p -> assertThat(p.identifierType()).isEqualTo("LOCATION"));
            assertThat(region.partners()).as("no invented po/mbo partners")
                    .noneMatch(p -> p.role().equals("po") || p.role().equals("mbo"));
        }
        Set<String> municipalities = regions.stream().flatMap(r -> r.partners().stream())
                .map(DemoPartner::municipality).collect(Collectors.toSet());
        assertThat(municipalities).contains("Emmen", "Midden-Drenthe", "'s-Hertogenbosch", "Capelle aan den IJssel");
    }

    @Test
    void businessesAreFictionalWithUniqueKvkNumbersInTheDemoRange() {
        List<String> kvks = new ArrayList<>();
        for (DemoRegion region : regions) {
            List<DemoPartner> businesses = region.partners().stream().filter(p -> p.role().equals("business"))
                    .toList();
            assertThat(businesses).as(region.code()).hasSizeBetween(2, 3)
                    .allSatisfy(b -> {
                        assertThat(b.identifierType()).isEqualTo("KVK");
                        assertThat(Integer.parseInt(b.identifier())).isBetween(99_000_001, 99_099_999);
                        assertThat(b.name()).startsWith("Demo ").endsWith(" B.V.");
                    });
            businesses.forEach(b -> kvks.add(b.identifier()));
        }
        assertThat(kvks).doesNotHaveDuplicates();
        assertThat(regions.stream().flatMap(r -> r.partners().stream()).filter(p -> p.role().equals("business"))
                .map(DemoPartner::name)).doesNotHaveDuplicates();
    }

    @Test
    void schoolsAreExactlyTheRealDuoVboLocationsEachInOneRegion() {
        List<String> schools = regions.stream().flatMap(r -> schools(r).stream()).toList();
        assertThat(schools).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(duoVboLocations.keySet());
    }

    @Test
    void grantsHaveCentsAndAddUpToAbout100MillionAYear() {
        Map<Integer, BigDecimal> national = new TreeMap<>();
        for (DemoRegion region : regions) {
            assertThat(region.grants().keySet()).as(region.code()).isNotEmpty()
                    .isSubsetOf(2020, 2021, 2022, 2023).contains(2021, 2022, 2023);
            region.grants().forEach((year, amount) -> {
                assertThat(amount.scale()).as(region.code() + " " + year).isEqualTo(2);
                assertThat(amount).as(region.code() + " " + year).isPositive();
                national.merge(year, amount, BigDecimal::add);
            });
        }
        assertThat(national).containsOnlyKeys(2020, 2021, 2022, 2023);
        national.forEach((year, total) -> assertThat(total).as("national total " + year)
                .isBetween(new BigDecimal(90).multiply(MILLION), new BigDecimal(110).multiply(MILLION)));
        BigDecimal perRegion = national.get(2021).divide(BigDecimal.valueOf(regions.size()), 2,
                java.math.RoundingMode.HALF_EVEN);
        assertThat(perRegion).isBetween(new BigDecimal("1200000"), new BigDecimal("1400000"));
    }

    @Test
    void everyBusinessCommitsCofinancingFor2021And2022() {
        int confirmed = 0;
        int all = 0;
        Set<String> kinds = new HashSet<>();
        for (DemoRegion region : regions) {
            Set<String> businesses = region.partners().stream().filter(p -> p.role().equals("business"))
                    .map(DemoPartner::identifier).collect(Collectors.toSet());
            assertThat(region.cofinancing()).extracting(DemoCofinancing::kvk).containsOnlyElementsOf(businesses);
            for (String kvk : businesses) {
                assertThat(region.cofinancing()).filteredOn(c -> c.kvk().equals(kvk))
                        .extracting(DemoCofinancing::year).containsExactlyInAnyOrder(2021, 2022);
            }
            for (DemoCofinancing c : region.cofinancing()) {
                assertThat(c.amount().scale()).isEqualTo(2);
                assertThat(c.amount()).isBetween(new BigDecimal("10000.00"), new BigDecimal("150000.00"));
                assertThat(c.kind()).isIn("MONEY", "IN_KIND");
                kinds.add(c.kind());
                all++;
                confirmed += c.confirmed() ? 1 : 0;
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("MONEY", "IN_KIND");
        assertThat(confirmed).as("most are confirmed").isGreaterThan(all * 3 / 4).isLessThan(all);
    }

    @Test
    void contactsAreFictionalAtExampleOrgMostlyDutch() {
        List<DemoContact> contacts = regions.stream().flatMap(r -> r.contacts().stream()).toList();
        for (DemoRegion region : regions) {
            assertThat(region.contacts()).as(region.code()).hasSizeBetween(1, 2);
        }
        assertThat(contacts).allSatisfy(c -> {
            assertThat(c.email()).matches("[a-z.]+@example\\.org");
            assertThat(c.language()).isIn("nl", "en");
            assertThat(c.role()).isIn("Penvoerder", "Projectleider");
            assertThat(c.name()).isNotBlank();
        });
        assertThat(contacts).extracting(DemoContact::email).doesNotHaveDuplicates();
        long english = contacts.stream().filter(c -> c.language().equals("en")).count();
        assertThat(english).isPositive().isLessThan(contacts.size() / 4);
    }

    @Test
    void planTextsNameTheRegionsMunicipalities() {
        for (DemoRegion region : regions) {
            Set<String> municipalities = region.partners().stream().filter(p -> p.role().equals("school"))
                    .map(DemoPartner::municipality).collect(Collectors.toSet());
            for (String plan : List.of(region.planDuurzaam(), region.planDekkend(), region.planKwalitatief())) {
                assertThat(plan).as(region.code()).endsWith(".");
                assertThat(municipalities).as(region.code() + ": " + plan).allMatch(plan::contains);
            }
        }
    }

    /** The registry's validation limits (RegionRegistration, PartnerAdmission, PlanUpdate), so seeding never fails. */
    @Test
    void textsFitTheRegistrysLimits() {
        for (DemoRegion region : regions) {
            assertThat(region.name()).hasSizeLessThanOrEqualTo(200);
            if (region.adviceReference() != null) {
                assertThat(region.adviceReference()).hasSizeLessThanOrEqualTo(200);
            }
            assertThat(List.of(region.planDuurzaam(), region.planDekkend(), region.planKwalitatief()))
                    .allSatisfy(plan -> assertThat(plan).isNotBlank().hasSizeLessThanOrEqualTo(4000));
            assertThat(region.partners()).allSatisfy(p -> {
                assertThat(p.name()).hasSizeLessThanOrEqualTo(300);
                assertThat(p.municipality()).hasSizeLessThanOrEqualTo(100);
            });
            assertThat(region.contacts()).allSatisfy(c -> assertThat(c.email()).hasSizeLessThanOrEqualTo(254));
        }
    }

    @Test
    void sameFileGivesTheSameDataSet() {
        assertThat(DuoDemoData.load(dataDir)).isEqualTo(regions);
    }

    @Test
    void aMissingFileSaysWhereToGetIt(@TempDir Path empty) {
        assertThatThrownBy(() -> DuoDemoData.load(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alle-vestigingen-vo.csv").hasMessageContaining("DUO");
    }

    private static List<String> schools(DemoRegion region) {
        return region.partners().stream().filter(p -> p.role().equals("school")).map(DemoPartner::identifier)
                .toList();
    }

    /**
     * {@code sto.root} (the project root, set by the parent pom) + {@code /../shared/data}; walks up in case
     * {@code sto.root} points at the module.
     */
    static Path dataDir() {
        Path start = Path.of(System.getProperty("sto.root", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start.normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared/data");
            if (dir.getParent() != null && Files.isRegularFile(candidate.resolve(DuoDemoData.LOCATIONS_FILE))) {
                return candidate;
            }
        }
        return fail("No ../shared/data/" + DuoDemoData.LOCATIONS_FILE + " next to the checkout (from " + start + ")");
    }

    /**
     * A deliberately simple reading of the file (latin-1, split on {@code ;}), independent of the reader under
     * test. It suffices because this file quotes only one value, and that one holds no separator.
     */
    private static void readDuoFileNaively(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> header = Arrays.stream(lines.get(0).split(";", -1)).map(String::trim).toList();
        int code = header.indexOf("VESTIGINGSNUMMER");
        int board = header.indexOf("BEVOEGD GEZAG NUMMER");
        int municipality = header.indexOf("GEMEENTENAAM");
        int structure = header.indexOf("ONDERWIJSSTRUCTUUR");
        duoVboLocations = new TreeMap<>();
        duoBoardOfLocation = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            if (fields.length > structure && fields[structure].contains("VBO")) {
                duoVboLocations.put(fields[code].trim(), fields[municipality].trim());
                duoBoardOfLocation.put(fields[code].trim(), fields[board].trim());
            }
        }
    }
}
