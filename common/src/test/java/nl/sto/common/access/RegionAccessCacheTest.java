package nl.sto.common.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionAccessCacheTest {

    private static final List<RegionAccessCache.Membership> LEAD =
            List.of(new RegionAccessCache.Membership("lead", LocalDate.of(2020, 1, 1), null));

    private final RegionAccessCache cache = new RegionAccessCache();

    @BeforeEach
    void listen() {
        cache.listening(true);
    }

    @Test
    void aReadIsAnsweredFromMemoryUntilTheDatabaseSaysThePairChanged() {
        cache.remember("41509", "R01", LEAD, cache.changesSoFar());
        assertThat(cache.find("41509", "R01")).contains(LEAD);
        assertThat(cache.find("41509", "R02")).isEmpty();

        cache.changed(RegionAccessCache.key("41509", "R01"));

        assertThat(cache.find("41509", "R01")).isEmpty();
    }

    @Test
    void aReadThatRanWhileAChangeArrivedIsNotRemembered() {
        long before = cache.changesSoFar();
        cache.changed(RegionAccessCache.key("41509", "R01"));

        cache.remember("41509", "R01", LEAD, before);

        assertThat(cache.find("41509", "R01")).isEmpty();
    }

    @Test
    void aChangeThisServiceIsAboutToMakeIsForgottenAtOnce() {
        cache.remember("41509", "R01", LEAD, cache.changesSoFar());

        cache.forget("41509", "R01");

        assertThat(cache.find("41509", "R01")).isEmpty();
    }

    @Test
    void withoutListeningNothingIsAnsweredFromMemory() {
        cache.remember("41509", "R01", LEAD, cache.changesSoFar());

        cache.listening(false);
        cache.remember("41509", "R02", LEAD, cache.changesSoFar());

        assertThat(cache.find("41509", "R01")).isEmpty();
        assertThat(cache.find("41509", "R02")).isEmpty();
    }

    @Test
    void listeningAgainStartsEmptyBecauseChangesMayHaveBeenMissed() {
        cache.remember("41509", "R01", LEAD, cache.changesSoFar());

        cache.listening(true);

        assertThat(cache.find("41509", "R01")).isEmpty();
    }

    @Test
    void aMembershipCountsFromItsFirstDayUntilTheDayItEnds() {
        var membership = new RegionAccessCache.Membership("school", LocalDate.of(2021, 3, 1),
                LocalDate.of(2022, 3, 1));

        assertThat(membership.activeOn(LocalDate.of(2021, 2, 28))).isFalse();
        assertThat(membership.activeOn(LocalDate.of(2021, 3, 1))).isTrue();
        assertThat(membership.activeOn(LocalDate.of(2022, 2, 28))).isTrue();
        assertThat(membership.activeOn(LocalDate.of(2022, 3, 1))).isFalse();
    }
}
