package nl.sto.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.sto.regions.demo.PartnershipAreas.Area;
import nl.sto.regions.demo.PartnershipAreas.Areas;

/** How locations become partnerships, on small made-up inputs where the right answer is obvious. */
class DuoDemoDataGroupingTest {

    @Test
    void aStrayLocationInAnotherCoropAreaStaysWithItsNeighbours() {
        List<VboLocation> locations = new ArrayList<>();
        locations.addAll(town("Noord", "Kern", "Alfa", 1000, 3, "10AA"));
        locations.addAll(town("Noord", "Kern", "Beta", 1100, 3, "11AA"));
        locations.add(location("12AA00", "Noord", "Rand", "Gamma", 1150));
        locations.add(location("20AA00", "Zuid", "Zuid", "Delta", 5000));
        locations.add(location("30AA00", "Zuid", "Zuid", "Laat", 5100));

        Areas areas = PartnershipAreas.form(locations, 4, "LAAT");

        assertThat(areas.regular()).hasSize(3);
        assertThat(areas.regular()).extracting(Area::name).containsExactly(
                "Demo: Noord (Alfa)", "Demo: Noord (Beta en Gamma)", "Demo: Zuid");
    }

    @Test
    void aLargeCityIsSplitBetweenSchoolsNeverThroughOne() {
        List<VboLocation> locations = new ArrayList<>();
        locations.addAll(town("Stad", "Stad", "Metropool", 3000, 4, "10AA"));
        locations.addAll(town("Stad", "Stad", "Metropool", 3010, 3, "11AA"));
        locations.addAll(town("Stad", "Stad", "Metropool", 3080, 4, "12AA"));
        locations.add(location("40AA00", "Ander", "Ander", "Laat", 8000));

        Areas areas = PartnershipAreas.form(locations, 3, "LAAT");

        assertThat(areas.regular()).extracting(Area::name)
                .containsExactly("Demo: Stad (Metropool, deel 1)", "Demo: Stad (Metropool, deel 2)");
        for (Area area : areas.regular()) {
            List<String> brins = area.locations().stream().map(VboLocation::brin).distinct().toList();
            for (String brin : brins) {
                assertThat(area.locations()).filteredOn(l -> l.brin().equals(brin)).hasSize(
                        (int) locations.stream().filter(l -> l.brin().equals(brin)).count());
            }
        }
    }

    @Test
    void theLateMunicipalityFormsItsOwnPartnership() {
        List<VboLocation> locations = new ArrayList<>(town("Oost", "Oost", "Hoofdstad", 7000, 3, "10AA"));
        locations.addAll(town("Oost", "Oost", "Dronten", 8250, 2, "11AA"));

        Areas areas = PartnershipAreas.form(locations, 2, "DRONTEN");

        assertThat(areas.late().name()).isEqualTo("Demo: Dronten");
        assertThat(areas.late().locations()).extracting(VboLocation::municipality).containsOnly("Dronten");
        assertThat(areas.regular()).singleElement().extracting(Area::name).isEqualTo("Demo: Oost");
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<VboLocation> locations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            locations.addAll(town("R" + (i % 2), "C" + (i % 3), "Plaats" + i, 1000 + 300 * i, 2 + i % 3,
                    (10 + i) + "AB"));
        }
        locations.add(location("99ZZ00", "R0", "C0", "Laat", 9999));
        List<VboLocation> shuffled = new ArrayList<>(locations);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(PartnershipAreas.form(shuffled, 6, "LAAT")).isEqualTo(PartnershipAreas.form(locations, 6, "LAAT"));
    }

    /** {@code count} locations of one school (BRIN) in one municipality, at consecutive postcodes. */
    private static List<VboLocation> town(String region, String corop, String municipality, int postcode, int count,
            String brin) {
        List<VboLocation> locations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            locations.add(location(brin + String.format("%02d", i), region, corop, municipality, postcode + i));
        }
        return locations;
    }

    private static VboLocation location(String code, String region, String corop, String municipality,
            int postcode) {
        return new VboLocation("1" + code.substring(0, 2) + "00", code.substring(0, 4), code, "School " + code,
                municipality, municipality.toUpperCase(), postcode, region, corop);
    }
}
