package nl.sto.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.monitor.imports.ReachTable.Area;
import nl.sto.monitor.imports.ReachTable.Location;
import nl.sto.monitor.imports.ReachTable.Reach;

class ReachTableTest {

    /** The Dam in Amsterdam and the Dom tower in Utrecht. */
    @Test
    void theDistanceIsTheStraightLineOverTheEarth() {
        assertThat(ReachTable.distanceKm(52.3731, 4.8926, 52.0907, 5.1214)).isCloseTo(35.0, within(0.5));
        assertThat(ReachTable.distanceKm(52.0, 5.0, 52.0, 5.0)).isZero();
    }

    @Test
    void anAreaIsReachedByATechnicalLocationWithin10KmAndBelongsToItsNearestLocation() {
        Area utrecht = new Area("3511", 1000, 52.0907, 5.1214);
        // About 5.6 km east: technical KL only; about 1.1 km north: no technical programme; about 12 km south: BL.
        Location east = new Location("9ZA100", 52.0907, 5.2035, false, true);
        Location near = new Location("9ZB200", 52.1007, 5.1214, false, false);
        Location south = new Location("9ZC300", 51.9827, 5.1214, true, false);

        Reach reach = ReachTable.reach(List.of(utrecht), List.of(east, near, south)).get(0);

        assertThat(reach.nearest()).isEqualTo(near);
        assertThat(reach.distanceKm()).isCloseTo(1.1, within(0.05));
        assertThat(reach.reachesKl()).isTrue();
        assertThat(reach.reachesBl()).isFalse();
    }

    @Test
    void justWithin10KmIsReachedJustBeyondIsNotAndWithoutLocationsNothingIs() {
        Area area = new Area("1011", 10, 52.0, 5.0);
        double kmPerDegreeNorth = 111.195;
        Location within = new Location("9ZA100", 52.0 + 9.99 / kmPerDegreeNorth, 5.0, true, false);
        Location beyond = new Location("9ZB200", 52.0 + 10.01 / kmPerDegreeNorth, 5.0, false, true);

        Reach reach = ReachTable.reach(List.of(area), List.of(within, beyond)).get(0);
        assertThat(reach.reachesBl()).isTrue();
        assertThat(reach.reachesKl()).isFalse();
        assertThat(ReachTable.reach(List.of(area), List.of())).isEmpty();
    }
}
