package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.portal.regions.FormFeedback;
import nl.sto.portal.regions.Outcome;
import nl.sto.portal.reports.client.ObligationView;
import nl.sto.portal.reports.client.RegulationViews.Affected;
import nl.sto.portal.reports.client.RegulationViews.Preview;
import nl.sto.portal.reports.client.RegulationViews.Version;

class DeadlinesPageTest {

    static final LocalDate DAY = LocalDate.of(2021, 11, 1);

    @Test
    void theVersionInForceIsTheLastAndHeadsTheList() {
        DeadlinesPage page = page(List.of(version(1), version(2)), List.of(), null);

        assertThat(page.inForce().number()).isEqualTo(2);
        assertThat(page.versionsNewestFirst()).extracting(Version::number).containsExactly(2, 1);
    }

    @Test
    void lateObligationsAreCountedPerKind() {
        DeadlinesPage page = page(List.of(version(1)), List.of(overdue("R01", "PROGRESS_REPORT_1"),
                overdue("R02", "PROGRESS_REPORT_1"), overdue("R01", "FINAL_REPORT")), null);

        assertThat(page.overdueOf("PROGRESS_REPORT_1")).isEqualTo(2);
        assertThat(page.overdueOf("FINAL_REPORT")).isEqualTo(1);
        assertThat(page.overdueOf("PROGRESS_REPORT_2")).isZero();
    }

    @Test
    void theDryRunListsTheFirstHundredAndCountsTheRest() {
        List<Affected> affected = Collections.nCopies(250, new Affected("R01", "FINAL_REPORT", DAY, DAY, "OPEN"));
        DeadlinesPage page = page(List.of(version(1)), List.of(), new Preview(3, "Stcrt.", List.of(), 250, 250,
                affected));

        assertThat(page.previewRows()).hasSize(100);
        assertThat(page.previewRowsNotShown()).isEqualTo(150);
        assertThat(page.deadlineField("FINAL_REPORT")).isEqualTo("deadlines.FINAL_REPORT");
    }

    private static DeadlinesPage page(List<Version> versions, List<ObligationView> overdue, Preview preview) {
        return new DeadlinesPage(versions, overdue, true, preview, Map.of(), FormFeedback.NONE, Outcome.NONE);
    }

    private static Version version(int number) {
        return new Version(number, "ref " + number, "title", DAY, DAY, "source", Map.of("FINAL_REPORT", DAY));
    }

    private static ObligationView overdue(String region, String kind) {
        return new ObligationView("id", region, kind, DAY, "OVERDUE", "ref", List.of());
    }
}
