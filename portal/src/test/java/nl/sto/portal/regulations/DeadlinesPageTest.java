package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.reports.RegulationViews.Period;
import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.web.Outcome;

class DeadlinesPageTest {

    static final LocalDate DAY = LocalDate.of(2021, 11, 1);

    @Test
    void lateObligationsAreCountedPerKindOfEachRegulationAndNamedByIt() {
        DeadlinesPage page = new DeadlinesPage(List.of(
                overdue("R01", "STO-2020-2023", "FINAL_REPORT", DAY.plusYears(3)),
                overdue("R01", "STO-2020-2023", "PROGRESS_REPORT_1", DAY),
                overdue("R02", "STO-2020-2023", "PROGRESS_REPORT_1", DAY),
                overdue("R02", "STO-2025-2028", "FINAL_REPORT", DAY.plusYears(6))),
                List.of(summary("STO-2025-2028", "Regeling 2025-2028"), summary("STO-2020-2023", "Regeling 2020-2023")),
                Outcome.NONE, UiLanguage.EN);

        assertThat(page.overdueCounts()).extracting(c -> c.name() + "/" + c.regulation() + "=" + c.count())
                .containsExactly("PROGRESS_REPORT_1 en/Regeling 2020-2023=2", "FINAL_REPORT en/Regeling 2020-2023=1",
                        "FINAL_REPORT en/Regeling 2025-2028=1");
        assertThat(page.overdueOf("FINAL_REPORT")).isEqualTo(2);
    }

    @Test
    void anObligationOfARegulationNotListedIsNamedByItsId() {
        DeadlinesPage page = new DeadlinesPage(List.of(overdue("R01", "DEMO", "X", DAY)), List.of(), Outcome.NONE,
                UiLanguage.NL);

        assertThat(page.overdueCounts()).singleElement()
                .satisfies(c -> assertThat(c.regulation()).isEqualTo("DEMO"))
                .satisfies(c -> assertThat(c.name()).isEqualTo("X nl"));
    }

    static Summary summary(String id, String title) {
        return new Summary(id, title, "Stcrt.", new Period(DAY, DAY.plusYears(4)), "PUBLISHED", false, DAY, DAY, 1);
    }

    static ObligationView overdue(String region, String regulation, String kind, LocalDate due) {
        return new ObligationView("id-" + region + kind, region, regulation, kind,
                new Names(kind + " nl", kind + " en"), true, 1, due, "OVERDUE", 1, "ref", List.of());
    }
}
