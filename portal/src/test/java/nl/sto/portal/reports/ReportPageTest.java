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
        FormFeedback refused = new FormFeedback(ReportPage.DRAFT_FORM,
                new Problem(400, "Invalid request", "", List.of(), "nl"),
                Map.of("cofinancing-realised.years[0].year", "2021", "cofinancing-realised.years[1].year", "",
                        "cofinancing-realised.years[2].year", "2022", "cofinancing-realised.years[3].year", ""));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, money), refused, BEFORE_DUE);

        assertThat(page.rows(money)).hasSize(4);
    }

    @Test
    void eachSectionOfARefusedDraftShowsWhatWasTypedInItAndOnlyItsOwnErrors() {
        Section duurzaam = ReportFixtures.aim("aim-duurzaam", "opgeslagen", "opgeslagen resultaten");
        Section dekkend = ReportFixtures.aim("aim-dekkend");
        FormFeedback refused = new FormFeedback(ReportPage.DRAFT_FORM, new Problem(400, "Invalid request", "",
                List.of(new Problem.FieldError("aim-dekkend.results", "required", "vul dit in", "nl")), "nl"),
                Map.of("aim-duurzaam.activities", "nieuw getypt", "aim-duurzaam.results", "opgeslagen resultaten",
                        "aim-dekkend.activities", "half af", "aim-dekkend.results", ""));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, duurzaam, dekkend), refused,
                BEFORE_DUE);

        FormFeedback ofDuurzaam = page.sectionFeedback(duurzaam);
        assertThat(ofDuurzaam.value("section-aim-duurzaam", "activities", "opgeslagen")).isEqualTo("nieuw getypt");
        assertThat(ofDuurzaam.hasError("section-aim-duurzaam", "activities")).isFalse();
        FormFeedback ofDekkend = page.sectionFeedback(dekkend);
        assertThat(ofDekkend.value("section-aim-dekkend", "activities", "")).isEqualTo("half af");
        assertThat(ofDekkend.error("section-aim-dekkend", "results")).isEqualTo("vul dit in");
        assertThat(page.unsaved(duurzaam)).as("typed, differs from what is saved").isTrue();
        assertThat(page.unsaved(dekkend)).isTrue();
        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null, duurzaam, dekkend), FormFeedback.NONE,
                BEFORE_DUE).sectionFeedback(duurzaam)).isEqualTo(FormFeedback.NONE);
    }

    @Test
    void whatTheSectionShowsFromWhatIsSavedIsWhatItsFieldsSendBackUntouched() {
        Section aim = ReportFixtures.aim("aim-duurzaam", "Gastlessen\nin de klas", "40 leerlingen");
        Section money = ReportFixtures.amounts("cofinancing-realised", ReportFixtures.year(2021, "12500.50"));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, aim, money), FormFeedback.NONE,
                BEFORE_DUE);

        assertThat(page.shown(aim)).isEqualTo(DraftForm.digest(Map.of("activities", "Gastlessen\r\nin de klas",
                "results", "40 leerlingen")));
        assertThat(page.shown(money)).isEqualTo(DraftForm.digest(Map.of("years[0].year", "2021",
                "years[0].amount", "€\u00a012.500,50", "years[1].year", "", "years[1].amount", "",
                "explanation", "")));
        assertThat(page.shown(aim)).isNotEqualTo(page.shown(ReportFixtures.aim("aim-duurzaam")));
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
    void aConflictShowsWhatIsSavedNowBesideEachSectionThePersonChanged() {
        Section changed = ReportFixtures.aim("aim-duurzaam", "hun tekst", "hun resultaten");
        Section untouched = ReportFixtures.aim("aim-dekkend", "zelfde", "zelfde");
        FormFeedback conflict = new FormFeedback(ReportPage.DRAFT_FORM,
                new Problem(409, "Conflict", "Iemand anders ...", List.of(), "nl"),
                Map.of("aim-duurzaam.activities", "mijn tekst", "aim-duurzaam.results", "hun resultaten",
                        "aim-dekkend.activities", "zelfde", "aim-dekkend.results", "zelfde"));
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, changed, untouched), conflict,
                BEFORE_DUE);

        assertThat(page.conflictIn(changed)).isTrue();
        assertThat(page.conflictIn(untouched)).isFalse();
        assertThat(page.sectionFeedback(changed).value("section-aim-duurzaam", "activities", "hun tekst"))
                .isEqualTo("mijn tekst");
    }

    @Test
    void aRefusalOfTheDraftsStateIsNoConflictBetweenTexts() {
        Section changed = ReportFixtures.aim("aim-duurzaam", "opgeslagen", "opgeslagen");
        FormFeedback notADraft = new FormFeedback(ReportPage.DRAFT_FORM,
                new Problem(409, "Conflict", "Versie 1 is al ingediend.", List.of(), "nl", "not-a-draft", Map.of()),
                Map.of("aim-duurzaam.activities", "mijn tekst"));

        assertThat(ReportFixtures.page(ReportFixtures.report("DRAFT", null, changed), notADraft, BEFORE_DUE)
                .conflictIn(changed)).isFalse();
    }
}
