package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.portal.client.regions.RegionViews.Year;

class MoneyChartTest {

    @Test
    void givesTheChartTheGrantAndTheConfirmedCofinancingPerYearAsExactNumbers() {
        MoneyChart chart = MoneyChart.of(List.of(
                new Year(2024, new BigDecimal("1000000.00"), new BigDecimal("250000.50"), new BigDecimal("300000.00"),
                        new BigDecimal("25.0")),
                new Year(2025, new BigDecimal("0.00"), new BigDecimal("100.00"), new BigDecimal("100.00"), null)));

        assertThat(chart.toJson(new ObjectMapper())).isEqualTo(
                "{\"years\":[2024,2025],\"grant\":[1000000.00,0.00],\"cofinancing\":[250000.50,100.00]}");
    }
}
