package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;
import nl.sto.portal.client.monitor.MonitorViews.LoggedEvent;
import nl.sto.portal.client.monitor.MonitorViews.Part;
import nl.sto.portal.client.reports.Names;

class IndicatorPanelTest {

    private static final Indicator SHARE = new Indicator("technical-share-y3",
            new Names("Aandeel leerjaar 3 technisch", "Share of year 3 technical"), new Names("Definitie", "Definition"),
            new Names("DUO", "DUO"), new Names("1 oktober", "1 October"), "percent", "leerweg");
    private static final Indicator LOCATIONS = new Indicator("technical-locations", new Names("Vestigingen", ""),
            Names.NONE, new Names("DUO", "DUO"), new Names("1 oktober", "1 October"), "locations", "leerweg");
    private static final List<String> YEARS = List.of("2019-2020", "2020-2021");

    static IndicatorValue share(String year, Double value, long numerator, long denominator, Part... parts) {
        return new IndicatorValue("technical-share-y3", year, null, "percent", value, numerator, denominator,
                List.of(parts), YEARS, null, null, null);
    }

    @Test
    void theYearsAreInOrderAndTheChartHasTheTotalAndEveryPartAsSeries() {
        IndicatorPanel panel = IndicatorPanel.of(SHARE, List.of(
                share("2020-2021", 20.5, 205, 1000, new Part("BL", 30.0, 30, 100), new Part("KL", 10.0, 10, 100)),
                share("2019-2020", 19.12, 11763, 61508, new Part("BL", 28.0, 28, 100), new Part("GL", 5.0, 5, 100))));

        SeriesChart chart = panel.chart("Totaal");

        assertThat(chart.labels()).containsExactly("2019-2020", "2020-2021");
        assertThat(chart.type()).isEqualTo("line");
        assertThat(chart.unit()).isEqualTo("percent");
        assertThat(chart.series()).extracting(SeriesChart.Series::key).containsExactly("total", "BL", "GL", "KL");
        assertThat(chart.series().get(0).label()).isEqualTo("Totaal");
        assertThat(chart.series().get(0).values()).containsExactly(19.12, 20.5);
        // A part a year has no figure for is a gap, not a zero.
        assertThat(chart.series().get(3).values()).containsExactly(null, 10.0);
        assertThat(chart.toJson()).contains("\"labels\":[\"2019-2020\",\"2020-2021\"]");
    }

    @Test
    void theTableHoldsTheSameNumbersAsTheChart() {
        IndicatorPanel panel = IndicatorPanel.of(SHARE, List.of(
                share("2019-2020", 19.12, 11763, 61508, new Part("BL", 28.0, 28, 100)),
                share("2020-2021", 20.5, 205, 1000, new Part("BL", 30.0, 30, 100))));
        SeriesChart chart = panel.chart("Totaal");

        for (SeriesChart.Series series : chart.series()) {
            for (int i = 0; i < chart.labels().size(); i++) {
                String year = chart.labels().get(i);
                Double inChart = series.values().get(i);
                assertThat(panel.rows()).filteredOn(r -> r.schoolYear().equals(year) && r.part().equals(series.key()))
                        .singleElement().satisfies(row -> assertThat(row.value()).isEqualTo(inChart));
            }
        }
        assertThat(panel.rows().get(0)).isEqualTo(
                new IndicatorPanel.Row("2019-2020", "total", 19.12, 11763, 61508, null));
        assertThat(panel.rows()).hasSize(4);
    }

    @Test
    void sharesArePercentagesAndCountsPlainNumbersInThePagesLanguage() {
        IndicatorPanel share = IndicatorPanel.of(SHARE, List.of());
        IndicatorPanel locations = IndicatorPanel.of(LOCATIONS, List.of());

        assertThat(share.show(19.1245, UiLanguage.NL)).isEqualTo("19,1%");
        assertThat(share.show(19.1245, UiLanguage.EN)).isEqualTo("19.1%");
        assertThat(share.show(null, UiLanguage.NL)).isEqualTo("–");
        assertThat(locations.show(1234.0, UiLanguage.NL)).isEqualTo("1.234");
        assertThat(locations.show(1234.0, UiLanguage.EN)).isEqualTo("1,234");
        assertThat(locations.title(UiLanguage.EN)).isEqualTo("Vestigingen");
    }

    @Test
    void aYearWithoutValueShowsWhatIsMissingInsteadOfAChart() {
        IndicatorValue change = new IndicatorValue("technical-students-change", "2019-2020", null, "percent change",
                null, 100, 0, List.of(new Part("technical", null, 100, 0)), List.of("2019-2020"), "2018-2019", null, null);
        IndicatorValue noted = new IndicatorValue("reachability", "2019-2020", null, "percent", null, 0, 0, List.of(),
                List.of("2019-2020"), null, "Not measured yet", null);
        IndicatorPanel panel = IndicatorPanel.of(SHARE, List.of(change));

        assertThat(panel.hasFigures()).isFalse();
        assertThat(panel.unexplained()).containsExactly(change);
        assertThat(panel.missingYearOf(change)).isTrue();
        assertThat(panel.noteOf(change)).isEqualTo("2018-2019");
        assertThat(panel.missingYearOf(noted)).isFalse();
        assertThat(panel.noteOf(noted)).isEqualTo("Not measured yet");
        assertThat(panel.rows().get(0).note()).isEqualTo("2018-2019");
    }

    @Test
    void oneYearIsABarAndAnUnknownIndicatorShowsByItsId() {
        Indicator unknown = new Indicator("flow-to-mbo", null, null, null, null, "percent", null);
        IndicatorPanel panel = IndicatorPanel.of(unknown, List.of(share("2019-2020", 12.0, 12, 100)));

        assertThat(panel.chart("Total").type()).isEqualTo("bar");
        assertThat(panel.title(UiLanguage.NL)).isEqualTo("flow-to-mbo");
        assertThat(panel.partKeys()).isEmpty();
        assertThat(panel.hasFigures()).isTrue();
    }

    @Test
    void theFeedShowsTheNewestTwentyNewestFirst() {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);
        List<LoggedEvent> log = IntStream.rangeClosed(1, 25).mapToObj(i -> new LoggedEvent("e" + i,
                "nl.sto.report.submitted.v1", "reports", "R01", now.minusMinutes(25 - i), null, i)).toList();

        EventFeed feed = EventFeed.of(log);

        assertThat(feed.events()).hasSize(20);
        assertThat(feed.events().get(0).position()).isEqualTo(25);
        assertThat(feed.events().get(19).position()).isEqualTo(6);
        assertThat(feed.lastPosition()).isEqualTo(25);
        assertThat(EventFeed.of(List.of()).isEmpty()).isTrue();
        assertThat(EventFeed.since(now)).isEqualTo("2026-12-05T12:00Z");
    }

    @Test
    void theRegionIsReadAsACodeAndEmptyIsNational() {
        assertThat(IndicatorsPage.region(" r01 ")).isEqualTo("R01");
        assertThat(IndicatorsPage.region("")).isNull();
        assertThat(IndicatorsPage.url(null)).isEqualTo("/ministry/monitor");
        assertThat(IndicatorsPage.url("R01")).isEqualTo("/ministry/monitor?region=R01");
    }
}
