package nl.sto.monitor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

import nl.sto.contracts.regulation.Names;
import nl.sto.monitor.indicators.IndicatorRepository.DataStamp;

import org.junit.jupiter.api.Test;

/** When kept figures are handed out again, on stamps of our choosing and figures that say when they were computed. */
class RegionFiguresCacheTest {

    private static final DataStamp IMPORTED = new DataStamp(Instant.parse("2031-10-20T10:00:00Z"), 4, null);

    private final Map<String, DataStamp> stamps = new HashMap<>();
    private final List<String> computed = new ArrayList<>();
    private final RegionFiguresCache cache = new RegionFiguresCache(region -> Uni.createFrom().item(stamps.get(region)),
            region -> {
                computed.add(region);
                return Uni.createFrom().item(new RegionFigures(region, List.of(),
                        new Names("berekend " + computed.size(), "computed " + computed.size())));
            }, 100);

    @Test
    void whileTheStampIsTheSameTheFiguresAreComputedOnce() {
        stamps.put("R01", IMPORTED);

        RegionFigures first = figures("R01");

        assertThat(figures("R01")).isSameAs(first);
        assertThat(computed).containsExactly("R01");
    }

    @Test
    void anotherImportOrOtherPartnersMakeTheFiguresComputedAnew() {
        stamps.put("R01", IMPORTED);
        figures("R01");

        stamps.put("R01", new DataStamp(IMPORTED.lastImport(), 5, null));
        assertThat(figures("R01").text().en()).as("an import finished at the same instant").isEqualTo("computed 2");
        stamps.put("R01", new DataStamp(IMPORTED.lastImport(), 5, "9f86d081"));
        assertThat(figures("R01").text().en()).isEqualTo("computed 3");
        assertThat(figures("R01").text().en()).isEqualTo("computed 3");
    }

    @Test
    void aRegionNeverGetsTheFiguresOfAnotherWithTheSameStamp() {
        stamps.put("R01", IMPORTED);
        stamps.put("R02", IMPORTED);

        assertThat(figures("R01").region()).isEqualTo("R01");
        assertThat(figures("R02").region()).isEqualTo("R02");
        assertThat(computed).containsExactly("R01", "R02");
    }

    private RegionFigures figures(String region) {
        return cache.get(region).await().indefinitely();
    }
}
