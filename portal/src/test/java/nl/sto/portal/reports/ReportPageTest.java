package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ReportViews;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.Review;
import nl.sto.portal.client.reports.ReportViews.Section;
import nl.sto.portal.client.reports.ReportViews.Version;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.web.FormFeedback;

class ReportPageTest {

    private static final LocalDate BEFORE_DUE = LocalDate.of(2021, 10, 1);
    private static final LocalDate AFTER_DUE = LocalDate.of(2021, 11, 2);

    @Test
    void anAmountsFormShowsTheSavedYearsThenEmptyRows() {
        Section money = ReportFixtures.amounts("cofinancing-realised", ReportFixtures.year(2021, "12500.50"));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, money), FormFeedback.NONE,
                BEFORE_DUE);

        assertThat(page.rows(money)).extracting(ReportPage.AmountRow::yearField, ReportPage.AmountRow::year,
                ReportPage.AmountRow::amount).containsExactly(
                        tuple("years[0].year", "2021", "€\u00a012.500,50"),
                        tuple("years[1].year", "", ""),
                        tuple("years[2].year", "", ""));
    }

    @Test
    void aRefusedAmountsFormShowsAsManyRowsAsWerePosted() {
        Section money = ReportFixtures.amounts("cofinancing-realised");
        FormFeedback refused = new FormFeedback("section-cofinancing-realised",
                new Problem(400, "Invalid request", "", List.of(), "nl"),
                Map.of("years[0].year", "2021", "years[1].year", "", "years[2].year", "2022", "years[3].year", ""));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, money), refused, BEFORE_DUE);

        assertThat(page.rows(money)).hasSize(4);
    }

    @Test
    void whatIsStillMissingBeforeSubmittingIsEachRequiredSectionNotFilledIn() {
        Section filledMoney = ReportFixtures.amounts("cofinancing-realised", ReportFixtures.year(2021, "100"));
        Section emptyAim = ReportFixtures.aim("aim-duurzaam");
        Section optional = new Section("covid-19", SectionShape.TEXT, new Names("COVID-19", "COVID-19"), false, false,
                null, null, null);
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, filledMoney, emptyAim, optional),
                FormFeedback.NONE, BEFORE_DUE);

        assertThat(page.missingSections()).extracting(Section::section).containsExactly("aim-duurzaam");
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null, filledMoney, optional), FormFeedback.NONE,
                BEFORE_DUE).missingSections()).isEmpty();
    }

    @Test
    void theReviewersCommentsShowOnlyAfterAReturn() {
        Section aim = ReportFixtures.aim("aim-duurzaam");
        var returned = ReportFixtures.returned(Map.of("aim-duurzaam", "Meer resultaten graag"));

        assertThat(ReportFixtures.page(ReportFixtures.report("RETURNED", returned, aim), FormFeedback.NONE,
                AFTER_DUE).comment(aim)).isEqualTo("Meer resultaten graag");
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null, aim), FormFeedback.NONE, AFTER_DUE)
                .comment(aim)).isNull();
    }

    @Test
    void theReturnedNoticeStaysWhileTheRevisionIsWrittenAndGoesWhenItIsSentIn() {
        var returned = ReportFixtures.returned(Map.of());

        assertThat(page(ReportFixtures.report("RETURNED", returned)).returned()).as("the returned version").isTrue();
        assertThat(page(revision(ReportViews.DRAFT, returned)).returned()).as("the revision being written").isTrue();
        assertThat(page(revision(ReportViews.SUBMITTED, returned)).returned()).as("the revision sent in").isFalse();
        assertThat(page(ReportFixtures.report("DRAFT", null)).returned()).isFalse();
    }

    private static ReportPage page(Report report) {
        return ReportFixtures.page(report, FormFeedback.NONE, AFTER_DUE);
    }

    /** Version 2 of the report, after version 1 came back with {@code review}. */
    private static Report revision(String status, Review review) {
        Report first = ReportFixtures.report(status, review);
        return new Report(first.id(), first.region(), first.obligationId(), first.regulationId(), first.kind(),
                first.kindName(), first.dueDate(), status,
                new Version(2, status, 1, 0, List.of(), List.of(), null, null), review, List.of(), null);
    }

    @Test
    void aDraftIsOverdueAfterItsDueDate() {
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null), FormFeedback.NONE, BEFORE_DUE).overdue())
                .isFalse();
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null), FormFeedback.NONE,
                ReportFixtures.DUE).overdue()).isFalse();
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null), FormFeedback.NONE, AFTER_DUE).overdue())
                .isTrue();
    }

    @Test
    void aConflictIsShownWithTheSectionThatWasSaved() {
        Section aim = ReportFixtures.aim("aim-duurzaam");
        FormFeedback conflict = new FormFeedback("section-aim-duurzaam",
                new Problem(409, "Conflict", "Iemand anders ...", List.of(), "nl"), Map.of("activities", "mijn tekst"));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, aim), conflict, BEFORE_DUE);

        assertThat(page.conflictIn(aim)).isTrue();
        assertThat(page.conflictIn(ReportFixtures.aim("aim-dekkend"))).isFalse();
        assertThat(page.feedback().value("section-aim-duurzaam", "activities", "opgeslagen")).isEqualTo("mijn tekst");
    }
}
