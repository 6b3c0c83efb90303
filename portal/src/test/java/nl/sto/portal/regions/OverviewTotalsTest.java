package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.regions.RegionViews.Totals;

class OverviewTotalsTest {

    @Test
    void sumsGrantsAndCofinancingAndComputesTheShareOverAll() {
        Totals totals = OverviewTotals.of(List.of(
                RegionFixtures.summary("R01", "1000000.00", "250000.00"),
                RegionFixtures.summary("R02", "500000.00", "0.00")));

        assertThat(totals.grants()).isEqualByComparingTo("1500000.00");
        assertThat(totals.cofinancingConfirmed()).isEqualByComparingTo("250000.00");
        assertThat(totals.cofinancingShare()).isEqualTo(new BigDecimal("16.7"));
    }

    @Test
    void withoutGrantsThereIsNoShare() {
        Totals totals = OverviewTotals.of(List.of(RegionFixtures.summary("R03", "0.00", "100.00")));

        assertThat(totals.cofinancingShare()).isNull();
        assertThat(OverviewTotals.of(List.of()).grants()).isEqualByComparingTo("0");
    }
}
