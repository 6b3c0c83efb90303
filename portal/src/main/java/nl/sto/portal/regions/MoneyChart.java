package nl.sto.portal.regions;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.portal.client.regions.RegionViews.Year;

/**
 * The numbers behind the bar chart "grant vs confirmed co-financing per year", as JSON for the page's script
 * ({@code /js/portal.js} reads it from the canvas' {@code data-chart} attribute). The same numbers are in the
 * table below the chart, which is what screen readers and people without JavaScript use.
 */
public record MoneyChart(List<Integer> years, List<BigDecimal> grant, List<BigDecimal> cofinancing) {

    public static MoneyChart of(List<Year> years) {
        return new MoneyChart(years.stream().map(Year::year).toList(),
                years.stream().map(Year::grant).toList(),
                years.stream().map(Year::cofinancingConfirmed).toList());
    }

    public String toJson(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data of plain numbers cannot fail to serialise", e);
        }
    }
}
