package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigure;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigures;
import nl.sto.portal.client.reports.Names;

class RegionFiguresPanelTest {

    private static final RegionFigure SHARE = new RegionFigure("technical-share-y3",
            new Names("Aandeel techniek", "Technical share"), "percent", "2019-2020", 23.456, 1234, 5261, 19.1243);
    private static final RegionFigure CHANGE = new RegionFigure("technical-students-change",
            new Names("Verandering", "Change"), "percent change", "2019-2020", 3.25, 0, 0, -1.5);
    private static final RegionFigure LOCATIONS = new RegionFigure("technical-locations",
            new Names("Vestigingen", "Locations"), "locations", "2019-2020", 12, 12, 30, 261.0);
    private static final RegionFiguresPanel PANEL = RegionFiguresPanel.of(new RegionFigures("R01",
            List.of(SHARE, CHANGE, LOCATIONS), new Names("Cijfers van regio R01", "Figures of region R01")));

    @Test
    void eachFigureIsWrittenAsItsUnitAndTheLanguageWriteIt() {
        assertThat(RegionFiguresPanel.value(SHARE, UiLanguage.NL)).isEqualTo("23,5% (1.234 / 5.261)");
        assertThat(RegionFiguresPanel.value(SHARE, UiLanguage.EN)).isEqualTo("23.5% (1,234 / 5,261)");
        assertThat(RegionFiguresPanel.national(SHARE, UiLanguage.NL)).isEqualTo("19,1%");
        assertThat(RegionFiguresPanel.value(CHANGE, UiLanguage.NL)).isEqualTo("+3,3%");
        assertThat(RegionFiguresPanel.national(CHANGE, UiLanguage.EN)).isEqualTo("-1.5%");
        assertThat(RegionFiguresPanel.value(LOCATIONS, UiLanguage.NL)).isEqualTo("12 / 30");
        assertThat(RegionFiguresPanel.national(LOCATIONS, UiLanguage.NL)).isEqualTo("261");
    }

    @Test
    void theFiguresGoAfterWhatWasTypedWithABlankLineAndIntoAnEmptySectionAsTheyAre() {
        assertThat(PANEL.insertedInto("Wij werkten aan techniek.  \n", UiLanguage.NL))
                .isEqualTo("Wij werkten aan techniek.\n\nCijfers van regio R01");
        assertThat(PANEL.insertedInto("", UiLanguage.EN)).isEqualTo("Figures of region R01");
        assertThat(PANEL.insertedInto(null, UiLanguage.NL)).isEqualTo("Cijfers van regio R01");
    }

    @Test
    void withoutTheMonitorOrWithoutFiguresNothingCanBePutIn() {
        assertThat(RegionFiguresPanel.unavailable().shown()).isTrue();
        assertThat(RegionFiguresPanel.unavailable().available()).isFalse();
        assertThat(RegionFiguresPanel.unavailable().insertable()).isFalse();
        assertThat(RegionFiguresPanel.of(new RegionFigures("R01", List.of(), null)).insertable()).isFalse();
        assertThat(RegionFiguresPanel.NONE.shown()).isFalse();
        assertThat(PANEL.insertable()).isTrue();
        assertThat(PANEL.rows()).hasSize(3);
    }
}
