package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.reports.RegulationViews.Period;
import nl.sto.portal.client.reports.RegulationViews.Summary;
import nl.sto.portal.regions.RegionObligations.Group;
import nl.sto.portal.regions.RegionObligations.Row;

class RegionObligationsTest {

    static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    @Test
    void obligationsAreGroupedByRegulationInTheOrderOfTheRegulationsCurrentFirst() {
        RegionObligations obligations = RegionObligations.of(List.of(
                obligation("a", "STO-2020-2023", "PROGRESS_REPORT_1"),
                obligation("b", "STO-2025-2028", "OUTLINE_PLAN"),
                obligation("c", "STO-2020-2023", "FINAL_REPORT")),
                List.of(summary("STO-2025-2028"), summary("STO-2020-2023"), summary("DEMO-OEFENREGELING")), List.of());

        assertThat(obligations.groups()).extracting(Group::regulationId).containsExactly("STO-2025-2028",
                "STO-2020-2023");
        assertThat(obligations.groups().get(1).rows()).extracting(Row::id)
                .containsExactly("obligation-PROGRESS_REPORT_1", "obligation-FINAL_REPORT");
        assertThat(obligations.groups().get(0).regulation().title()).isEqualTo("Titel STO-2025-2028");
    }

    @Test
    void aCodeThatRepeatsGetsTheRegulationAfterItAndANumberWithinOneRegulation() {
        RegionObligations obligations = RegionObligations.of(List.of(
                obligation("a", "STO-2020-2023", "FINAL_REPORT"),
                obligation("b", "STO-2025-2028", "FINAL_REPORT"),
                obligation("c", "STO-2025-2028", "FINAL_REPORT")),
                List.of(summary("STO-2020-2023"), summary("STO-2025-2028")), List.of());

        assertThat(obligations.groups()).flatExtracting(Group::rows).extracting(Row::id).containsExactly(
                "obligation-FINAL_REPORT", "obligation-FINAL_REPORT-STO-2025-2028",
                "obligation-FINAL_REPORT-STO-2025-2028-2");
    }

    @Test
    void obligationsOfARegulationNotListedComeLastUnderItsId() {
        RegionObligations obligations = RegionObligations.of(List.of(obligation("a", "HIDDEN", "X"),
                obligation("b", "STO-2020-2023", "Y")), List.of(summary("STO-2020-2023")), List.of());

        assertThat(obligations.groups()).extracting(Group::regulationId).containsExactly("STO-2020-2023", "HIDDEN");
        assertThat(obligations.groups().get(1).regulation()).isNull();
        assertThat(obligations.groups().get(1).headingId()).isEqualTo("regulation-HIDDEN-title");
    }

    static Summary summary(String id) {
        return new Summary(id, "Titel " + id, "Stcrt.", new Period(DAY, DAY.plusYears(4)), "PUBLISHED", false, DAY,
                DAY, 1);
    }

    static ObligationView obligation(String id, String regulation, String kind) {
        return new ObligationView(id, "R01", regulation, kind, new Names(kind, kind), true, 1, DAY, "OPEN", 1, "ref",
                List.of(), false);
    }
}
