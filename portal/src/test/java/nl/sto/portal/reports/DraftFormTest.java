package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ReportViews.Section;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.web.ErrorLink;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;

/** A Quarkus test because the form's fields and the error summary's labels come with message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class DraftFormTest {

    private static final String SHOWN_AIM = DraftForm.digest(Map.of("activities", "Gastlessen\nin de klas",
            "results", "40 leerlingen"));

    @Test
    void theSectionsAreThoseTheFormHolds() {
        DraftForm draft = draft("etag", "\"3\"", "covid-19.shape", "TEXT", "covid-19.text", "",
                "aim-duurzaam.shape", "AIM", "aim-duurzaam.activities", "");

        assertThat(draft.sections()).containsExactlyInAnyOrder("covid-19", "aim-duurzaam");
        assertThat(draft.etag()).isEqualTo("\"3\"");
    }

    @Test
    void aSectionSentBackAsThePageShowedItIsNotChangedWhateverTheBrowsersLineEndsAndSpaces() {
        DraftForm draft = draft("aim-duurzaam.shape", "AIM", "aim-duurzaam.shown", SHOWN_AIM,
                "aim-duurzaam.activities", "\nGastlessen\r\nin de klas ", "aim-duurzaam.results", "40 leerlingen");

        assertThat(draft.changed()).isEmpty();
    }

    @Test
    void aSectionWithAnyFieldTypedDifferentlyIsChanged() {
        DraftForm draft = draft("aim-duurzaam.shape", "AIM", "aim-duurzaam.shown", SHOWN_AIM,
                "aim-duurzaam.activities", "Gastlessen in de klas", "aim-duurzaam.results", "40 leerlingen",
                "covid-19.shape", "TEXT", "covid-19.shown", DraftForm.digest(Map.of()), "covid-19.text", "Nieuw");

        assertThat(draft.changed()).containsExactlyInAnyOrder("aim-duurzaam", "covid-19");
    }

    @Test
    void aSectionWithoutTheDigestCountsAsChanged() {
        assertThat(draft("covid-19.shape", "TEXT", "covid-19.text", "").changed()).containsExactly("covid-19");
    }

    @Test
    void oneSectionsFieldsAreReadUnderTheirOwnNames() {
        DraftForm draft = draft("aim-duurzaam.shape", "AIM", "aim-duurzaam.activities", "Gastlessen",
                "aim-dekkend.activities", "Anders");

        FormFields fields = draft.of("aim-duurzaam");
        assertThat(fields.text("activities")).isEqualTo("Gastlessen");
        assertThat(fields.text("shape")).isEqualTo("AIM");
        assertThat(fields.values()).doesNotContainKey("aim-dekkend.activities");
    }

    @Test
    void thePressedButtonCountsOnlyWhenItNamesASectionOfTheForm() {
        assertThat(draft("covid-19.shape", "TEXT", "at", "covid-19").pressed()).isEqualTo("covid-19");
        assertThat(draft("covid-19.shape", "TEXT", "at", "elders").pressed()).isNull();
        assertThat(draft("covid-19.shape", "TEXT").pressed()).isNull();
    }

    @Test
    void aSectionsRefusalIsNamedInTheTermsOfTheWholeForm() {
        Problem fields = new Problem(400, "Invalid request", "", List.of(
                new Problem.FieldError("results", "required", "vul dit in", "nl"),
                new Problem.FieldError("years[1].amount", "range", "te groot", "nl")), "nl");
        Problem noField = new Problem(422, "Unprocessable", "Dit onderdeel hoort niet bij deze rapportage.",
                List.of(), "nl");

        assertThat(DraftForm.errorsOf("aim-duurzaam", fields)).extracting(Problem.FieldError::field,
                Problem.FieldError::message).containsExactly(tuple("aim-duurzaam.results", "vul dit in"),
                        tuple("aim-duurzaam.years[1].amount", "te groot"));
        assertThat(DraftForm.errorsOf("covid-19", noField)).extracting(Problem.FieldError::field,
                Problem.FieldError::message).containsExactly(
                        tuple("covid-19", "Dit onderdeel hoort niet bij deze rapportage."));
    }

    @Test
    void theDraftsErrorSummaryLinksEachErrorToItsFieldNamedWithItsSectionInThePagesOrder() {
        FormFeedback refused = new FormFeedback(ReportPage.DRAFT_FORM, new Problem(400, "Invalid request", "",
                List.of(new Problem.FieldError("covid-19", null, "Hoort hier niet bij.", "nl"),
                        new Problem.FieldError("cofinancing-realised.years[1].amount", "range", "te groot", "nl"),
                        new Problem.FieldError("aim-dekkend.results", "required", "vul dit in", "nl")), "nl"),
                Map.of());
        Section covid = new Section("covid-19", SectionShape.TEXT, new Names("Gevolgen van COVID-19", "COVID-19"),
                false, false, null, null, null);
        ReportPage page = ReportFixtures.page(ReportFixtures.report("DRAFT", null, ReportFixtures.aim("aim-dekkend"),
                ReportFixtures.amounts("cofinancing-realised"), covid), refused, ReportFixtures.DUE);

        assertThat(page.errorLinks(ReportPage.DRAFT_FORM)).extracting(ErrorLink::href, ErrorLink::label)
                .containsExactly(tuple("#section-aim-dekkend-results", "Doel: aim-dekkend – Resultaten"),
                        tuple("#section-cofinancing-realised-years[1].amount",
                                "cofinancing-realised – Bedrag in euro's, regel 2"),
                        tuple("#part-covid-19", "Gevolgen van COVID-19"));
    }

    private static DraftForm draft(String... namesAndValues) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new DraftForm(FormFields.of(form, UiLanguage.NL));
    }
}
