package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.RegulationViews.Affected;
import nl.sto.portal.client.reports.RegulationViews.Due;
import nl.sto.portal.client.reports.RegulationViews.Kind;
import nl.sto.portal.client.reports.RegulationViews.Period;
import nl.sto.portal.client.reports.RegulationViews.Preview;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.client.reports.RegulationViews.Section;
import nl.sto.portal.client.reports.RegulationViews.Version;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/** A Quarkus test because the words for due rules and the error summary's labels come from message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class RegulationPageTest {

    static final LocalDate DAY = LocalDate.of(2021, 11, 1);

    static final Kind PROGRESS = new Kind("PROGRESS_REPORT_1", new Names("Eerste voortgangsrapportage",
            "First progress report"), "PR1", true, Due.fixed(DAY), List.of(
                    new Section("aim-duurzaam", "aim-duurzaam", "AIM", new Names("Doel: duurzaam", "Aim: sustainable"),
                            true),
                    new Section("covid-19", "covid-19", "TEXT", new Names("Gevolgen van COVID-19", "COVID-19"),
                            false)));
    static final Kind YEARLY = new Kind("YEARLY_PLAN", new Names("Jaarplan", "Annual plan"), "JP", true,
            new Due("YEARLY", null, 7, 1, null), List.of());
    static final Kind WEEKS = new Kind("START", new Names("Start", "Start"), "ST", false,
            new Due("WEEKS_AFTER_GRANT", null, null, null, 12), List.of());

    @Test
    void theVersionInForceHeadsTheListAndOnlyFixedKindsHaveDatesToAmend() {
        RegulationPage page = page(regulation("PUBLISHED", version(1), version(2)), UiLanguage.NL, null,
                FormFeedback.NONE, new RegulationAccess(true, true));

        assertThat(page.versionsNewestFirst()).extracting(Version::number).containsExactly(2, 1);
        assertThat(page.fixedKinds()).extracting(Kind::code).containsExactly("PROGRESS_REPORT_1");
        assertThat(page.mayAmend()).isTrue();
        assertThat(page.mayChangeDraft()).isFalse();
        assertThat(page.deadlineField("PROGRESS_REPORT_1")).isEqualTo("deadlines.PROGRESS_REPORT_1");
        assertThat(page.path()).isEqualTo("/ministry/regulations/STO-2020-2023");
    }

    @Test
    void dueRulesAndSectionsAreSaidInThePagesLanguage() {
        RegulationPage nl = page(regulation("PUBLISHED", version(1)), UiLanguage.NL, null, FormFeedback.NONE,
                new RegulationAccess(true, false));
        RegulationPage en = page(regulation("PUBLISHED", version(1)), UiLanguage.EN, null, FormFeedback.NONE,
                new RegulationAccess(true, false));

        assertThat(nl.due(PROGRESS)).isEqualTo("1 november 2021");
        RegulationPage amended = page(regulation("PUBLISHED", version(1), new Version(2, "ref 2", "title", DAY, DAY,
                "source", Map.of("PROGRESS_REPORT_1", DAY.plusMonths(1)), null, null)), UiLanguage.NL, null,
                FormFeedback.NONE, new RegulationAccess(true, false));
        assertThat(amended.due(PROGRESS)).as("the date of the version in force").isEqualTo("1 december 2021");
        assertThat(nl.due(YEARLY)).isEqualTo("elk jaar op 1 juli");
        assertThat(en.due(YEARLY)).isEqualTo("every year on 1 July");
        assertThat(nl.due(WEEKS)).isEqualTo("12 weken na het subsidiebesluit");
        assertThat(nl.sections(PROGRESS)).isEqualTo("Doel: duurzaam (verplicht); Gevolgen van COVID-19 (niet verplicht)");
        assertThat(en.sections(WEEKS)).isEqualTo("none");
        assertThat(en.kindName("PROGRESS_REPORT_1")).isEqualTo("First progress report");
        assertThat(nl.mayAmend()).as("a reviewer reads only").isFalse();
    }

    @Test
    void aDraftIsChangedNotAmended() {
        RegulationPage page = page(regulation("DRAFT"), UiLanguage.NL, null, FormFeedback.NONE,
                new RegulationAccess(true, true));

        assertThat(page.mayChangeDraft()).isTrue();
        assertThat(page.mayAmend()).isFalse();
        assertThat(page.versionsNewestFirst()).isEmpty();
    }

    @Test
    void theAmendmentsDryRunListsTheFirstHundredAndItsErrorsAreNamedByKind() {
        List<Affected> affected = Collections.nCopies(250,
                new Affected("o", "R01", "PROGRESS_REPORT_1", DAY, DAY, "OPEN", "OPEN"));
        FormFeedback feedback = new FormFeedback(RegulationPage.AMEND_FORM, new Problem(400, "Invalid", "", List.of(
                new Problem.FieldError("deadlines.PROGRESS_REPORT_1", "before the amendment's publication"),
                new Problem.FieldError("legalReference", "must not be blank")), "en"), Map.of());
        RegulationPage page = page(regulation("PUBLISHED", version(1)), UiLanguage.NL,
                new Preview(2, "Stcrt.", List.of(), 250, 250, affected), feedback, new RegulationAccess(true, true));

        assertThat(page.previewRows()).hasSize(100);
        assertThat(page.previewRowsNotShown()).isEqualTo(150);
        assertThat(page.amendmentErrors()).extracting(l -> l.href() + " " + l.label()).containsExactly(
                "#amend-deadlines.PROGRESS_REPORT_1 Eerste voortgangsrapportage",
                "#amend-legalReference Vindplaats (bijvoorbeeld Stcrt. 2021, nr. 40070)");
    }

    private static RegulationPage page(Regulation regulation, UiLanguage lang, Preview preview, FormFeedback feedback,
            RegulationAccess may) {
        return new RegulationPage(regulation, may, preview, Map.of(), feedback, Outcome.NONE, lang);
    }

    static Regulation regulation(String status, Version... versions) {
        return new Regulation("STO-2020-2023", "Subsidieregeling sterk techniekonderwijs 2020-2023", "Stcrt. 2020",
                new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), status, false, DAY, DAY,
                versions.length == 0 ? null : versions.length, "Bron", null, List.of(PROGRESS, YEARLY, WEEKS),
                List.of(versions));
    }

    static Version version(int number) {
        return new Version(number, "ref " + number, "title", DAY, DAY, "source",
                Map.of("PROGRESS_REPORT_1", DAY), null, null);
    }
}
