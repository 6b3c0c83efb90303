package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
                "", 0, Outcome.NONE, UiLanguage.EN);

        assertThat(page.overdueCounts()).extracting(c -> c.name() + "/" + c.regulation() + "=" + c.count())
                .containsExactly("PROGRESS_REPORT_1 en/Regeling 2020-2023=2", "FINAL_REPORT en/Regeling 2020-2023=1",
                        "FINAL_REPORT en/Regeling 2025-2028=1");
        assertThat(page.overdueOf("FINAL_REPORT")).isEqualTo(2);
    }

    @Test
    void anObligationOfARegulationNotListedIsNamedByItsId() {
        DeadlinesPage page = new DeadlinesPage(List.of(overdue("R01", "DEMO", "X", DAY)), List.of(), "", 0,
                Outcome.NONE, UiLanguage.NL);

        assertThat(page.overdueCounts()).singleElement()
                .satisfies(c -> assertThat(c.regulation()).isEqualTo("DEMO"))
                .satisfies(c -> assertThat(c.name()).isEqualTo("X nl"));
    }

    @Test
    void theLateAreListedEarliestFirstFiftyAPageAndCanBeNarrowedToOneKind() {
        List<ObligationView> late = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            late.add(overdue("R%02d".formatted(i), "STO-2020-2023", "PROGRESS_REPORT_1", DAY));
        }
        late.add(overdue("R99", "STO-2020-2023", "FINAL_REPORT", DAY.plusYears(3)));
        List<Summary> regulations = List.of(summary("STO-2020-2023", "Regeling 2020-2023"));

        DeadlinesPage first = new DeadlinesPage(late, regulations, "", 0, Outcome.NONE, UiLanguage.NL);
        assertThat(first.shown()).hasSize(50).first().extracting(ObligationView::regionCode).isEqualTo("R00");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.nextUrl()).isEqualTo("/ministry/deadlines?page=1#overdue");

        DeadlinesPage second = new DeadlinesPage(late, regulations, "", 1, Outcome.NONE, UiLanguage.NL);
        assertThat(second.shown()).hasSize(11).last().extracting(ObligationView::regionCode).isEqualTo("R99");
        assertThat(second.hasNext()).isFalse();

        String finalReports = first.overdueCounts().get(1).key();
        assertThat(first.kindUrl(finalReports))
                .isEqualTo("/ministry/deadlines?kind=STO-2020-2023%2FFINAL_REPORT#overdue");
        DeadlinesPage narrowed = new DeadlinesPage(late, regulations, finalReports, 0, Outcome.NONE, UiLanguage.NL);
        assertThat(narrowed.shown()).extracting(ObligationView::regionCode).containsExactly("R99");
        assertThat(narrowed.paged()).isFalse();
    }

    static Summary summary(String id, String title) {
        return new Summary(id, title, "Stcrt.", new Period(DAY, DAY.plusYears(4)), "PUBLISHED", false, DAY, DAY, 1);
    }

    static ObligationView overdue(String region, String regulation, String kind, LocalDate due) {
        return new ObligationView("id-" + region + kind, region, regulation, kind,
                new Names(kind + " nl", kind + " en"), true, 1, due, "OVERDUE", 1, "ref", List.of(), false);
    }
}
