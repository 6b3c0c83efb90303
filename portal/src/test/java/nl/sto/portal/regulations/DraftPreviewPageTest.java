package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.RegulationViews.DraftPreview;
import nl.sto.portal.client.reports.RegulationViews.PerKind;
import nl.sto.portal.client.reports.RegulationViews.Placement;
import nl.sto.portal.web.FormFeedback;

class DraftPreviewPageTest {

    static final LocalDate DAY = LocalDate.of(2025, 4, 15);

    @Test
    void kindsAreNamedByTheRegulationAndTheSampleIsShortened() {
        DraftPreview preview = new DraftPreview("STO-2020-2023", 78, 234,
                List.of(new PerKind("PROGRESS_REPORT_1", null, List.of(DAY, DAY), 78)),
                List.of(new Placement("R78", "PROGRESS_REPORT_1", DAY)),
                Collections.nCopies(200, new Placement("R01", "PROGRESS_REPORT_1", DAY)));

        DraftPreviewPage page = new DraftPreviewPage(RegulationPageTest.regulation("DRAFT"), preview,
                FormFeedback.NONE, UiLanguage.EN);

        assertThat(page.name(preview.perKind().get(0))).isEqualTo("First progress report");
        assertThat(page.dates(preview.perKind().get(0))).isEqualTo("15 April 2025");
        assertThat(page.sample()).hasSize(50).first()
                .satisfies(s -> assertThat(s.kind()).isEqualTo("First progress report"));
        assertThat(page.notOwed()).singleElement().satisfies(s -> assertThat(s.regionCode()).isEqualTo("R78"));
        assertThat(page.publishAction()).isEqualTo("/ministry/regulations/STO-2020-2023/publish");
    }

    @Test
    void aYearlyKindsManyDatesAreShownAsTheFirstAndTheLast() {
        PerKind yearly = new PerKind("YEARLY_PLAN", new Names("Jaarplan", "Annual plan"),
                List.of(DAY, DAY.plusYears(1), DAY.plusYears(2), DAY.plusYears(3)), 312);
        DraftPreviewPage page = new DraftPreviewPage(RegulationPageTest.regulation("DRAFT"),
                new DraftPreview("X", 78, 312, List.of(yearly), List.of(), List.of()), FormFeedback.NONE,
                UiLanguage.NL);

        assertThat(page.dates(yearly)).isEqualTo("15 april 2025 … 15 april 2028 (4)");
        assertThat(page.name(yearly)).isEqualTo("Jaarplan");
    }
}
