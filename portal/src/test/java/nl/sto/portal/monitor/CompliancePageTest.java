package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.CofinancingReport;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceSummary;
import nl.sto.portal.client.monitor.MonitorViews.Funding;
import nl.sto.portal.client.monitor.MonitorViews.RegionFunding;
import nl.sto.portal.client.monitor.MonitorViews.StateCounts;
import nl.sto.portal.client.monitor.MonitorViews.SummaryObligation;
import nl.sto.portal.client.reports.Names;

class CompliancePageTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    static SummaryObligation obligation(String kind, Map<String, Long> states) {
        long total = states.values().stream().mapToLong(Long::longValue).sum();
        return new SummaryObligation("reg-1", kind, new Names("Jaarverslag", "Annual report"), DUE,
                new StateCounts(total, states, 1, 2, 50.0));
    }

    static CompliancePage page(ComplianceSummary summary, CofinancingReport cofinancing) {
        return new CompliancePage(Fetched.of(summary), Fetched.of(List.of()), Fetched.notAvailable(), null,
                Fetched.of(cofinancing), null, List.of());
    }

    @Test
    void theSummaryChartStacksEveryStatePerObligationAsTheTableCountsThem() {
        SummaryObligation annual = obligation("annual", Map.of("accepted", 3L, "overdue", 1L, "open", 2L));
        SummaryObligation interim = obligation("interim", Map.of("submitted-late", 4L));
        CompliancePage page = page(new ComplianceSummary(DUE, new StateCounts(10, Map.of(), 0, 0, null),
                List.of(annual, interim)), null);

        SeriesChart chart = page.summaryPanel().chart(UiLanguage.NL);

        assertThat(chart.stacked()).isTrue();
        assertThat(chart.labels()).containsExactly("Jaarverslag (1 maart 2026)", "Jaarverslag (1 maart 2026)");
        assertThat(chart.series()).extracting(SeriesChart.Series::key)
                .containsExactlyElementsOf(ComplianceSummaryPanel.STATES);
        for (SeriesChart.Series series : chart.series()) {
            assertThat(series.values()).containsExactly((double) annual.counts().count(series.key()),
                    (double) interim.counts().count(series.key()));
        }
        assertThat(page.summaryPanel().chart(UiLanguage.EN).labels().get(0)).isEqualTo("Annual report (1 March 2026)");
        assertThat(page.summaryPanel().hasObligations()).isTrue();
    }

    @Test
    void theCofinancingChartHasTheGrantAndWhatWasRealisedPerRegion() {
        Funding r01 = new Funding(new BigDecimal("100000.00"), new BigDecimal("20000.00"), new BigDecimal("5000.00"),
                new BigDecimal("25000.00"), 25.0, 2);
        CompliancePage page = page(null, new CofinancingReport(null,
                List.of(new RegionFunding("R01", "Regio Een", r01), new RegionFunding("R02", null, null)), r01));

        SeriesChart chart = page.cofinancingChart();

        assertThat(chart.unit()).isEqualTo("euro");
        assertThat(chart.labels()).containsExactly("R01", "R02");
        assertThat(chart.series().get(0).values()).containsExactly(100000.0, null);
        assertThat(chart.series().get(1).values()).containsExactly(25000.0, null);
        assertThat(page.hasFunding()).isTrue();
    }

    @Test
    void theYearAndRegionAreInTheAddress() {
        assertThat(CompliancePage.year("2024")).isEqualTo(2024);
        assertThat(CompliancePage.year("1999")).isNull();
        assertThat(CompliancePage.year("x")).isNull();
        assertThat(CompliancePage.year(null)).isNull();
        assertThat(CompliancePage.url("R01", 2024)).isEqualTo("/ministry/monitor/compliance?region=R01&year=2024");
        assertThat(CompliancePage.url(null, null)).isEqualTo("/ministry/monitor/compliance");
    }

    @Test
    void aPartThatCouldNotBeReadHasNoChart() {
        CompliancePage page = new CompliancePage(Fetched.notAvailable(), Fetched.notAvailable(),
                Fetched.notAvailable(), null, Fetched.notAvailable(), null, List.of());

        assertThat(page.summaryPanel().hasObligations()).isFalse();
        assertThat(page.hasFunding()).isFalse();
        assertThat(page.summaryPanel().chart(UiLanguage.NL).labels()).isEmpty();
        assertThat(page.regionSelect()).isFalse();
    }

    @Test
    void theRegionsAreASelectWhenTheyCouldBeRead() {
        CompliancePage page = new CompliancePage(Fetched.notAvailable(), Fetched.notAvailable(),
                Fetched.notAvailable(), "R01", Fetched.notAvailable(), null,
                List.of(new RegionChoice("R01", "Regio Een"), new RegionChoice("R02", null)));
        IndicatorsPage national = new IndicatorsPage(Fetched.of(List.of()), List.of(), null, Fetched.notAvailable(),
                new MonitorAccess(true, false, false, false), List.of());

        assertThat(page.regionSelect()).isTrue();
        assertThat(page.regions()).extracting(RegionChoice::label).containsExactly("R01 – Regio Een", "R02");
        assertThat(national.regionSelect()).isFalse();
        assertThat(national.national()).isTrue();
    }
}
