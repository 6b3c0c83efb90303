package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.reports.ReportCommands;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Texts;

/** A Quarkus test because the portal's own refusals and the error summary's labels come from message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class SectionInputTest {

    private static FormFields posted(Map<String, String> values) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        values.forEach(form::add);
        return FormFields.of(form, UiLanguage.NL);
    }

    @Test
    void anAimIsItsActivitiesAndResults() {
        SectionInput input = SectionInput.read(SectionShape.AIM,
                posted(Map.of("activities", " Gastlessen ", "results", "40 leerlingen", "etag", "\"3\"")));

        assertThat(input.body()).isEqualTo(new ReportCommands.Aim("Gastlessen", "40 leerlingen"));
    }

    @Test
    void amountsLeaveEmptyRowsOutAndReadEurosAsTyped() {
        FormFields fields = posted(Map.of("years[0].year", "2021", "years[0].amount", "12.500,50",
                "years[1].year", "", "years[1].amount", "",
                "years[2].year", "2022", "years[2].amount", "€ 8.000", "explanation", "Docenten"));

        SectionInput input = SectionInput.read(SectionShape.AMOUNTS, fields);

        assertThat(fields.request(input::body)).isEqualTo(new ReportCommands.AmountsPerYear(List.of(
                new ReportCommands.YearAmount(2021, new BigDecimal("12500.50")),
                new ReportCommands.YearAmount(2022, new BigDecimal("8000.00"))), "Docenten"));
        assertThat(input.formRows()).containsExactly(0, 2);
    }

    @Test
    void amountsThePortalCannotReadAreRefusedNamingTheFormsRow() {
        FormFields fields = posted(Map.of("years[0].year", "2021", "years[0].amount", "veel"));
        SectionInput input = SectionInput.read(SectionShape.AMOUNTS, fields);

        assertThatThrownBy(() -> fields.request(input::body)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errorOf("years[0].amount")).isPresent());
    }

    @Test
    void theServicesRowNumbersBecomeTheFormsRows() {
        SectionInput input = SectionInput.read(SectionShape.AMOUNTS, posted(Map.of(
                "years[0].year", "", "years[0].amount", "", "years[1].year", "2021", "years[1].amount", "1",
                "years[2].year", "2021", "years[2].amount", "2")));
        ProblemException refused = new ProblemException(new Problem(400, "Invalid request", "", List.of(
                new Problem.FieldError("years[1].year", "appears twice"),
                new Problem.FieldError("explanation", "is too long")), "en"));

        Problem inFormTerms = input.inFormTerms(refused).problem();

        assertThat(inFormTerms.errors()).extracting(Problem.FieldError::field)
                .containsExactly("years[2].year", "explanation");
        assertThat(inFormTerms.status()).isEqualTo(400);
    }

    @Test
    void eachProblemLinksToWhereItCanBeFixed() {
        ReportMessages texts = Texts.of(ReportMessages.class, UiLanguage.NL);
        // the section titles are the regulation's, as the report gives them
        Function<String, String> titles = Map.of("covid-19", "Gevolgen van COVID-19")::get;

        assertThat(ReportErrorLinks.of("submit", "sections.covid-19", "is required in this report", "aim-duurzaam",
                texts, titles)).satisfies(link -> {
                    assertThat(link.href()).isEqualTo("#part-covid-19");
                    assertThat(link.label()).isEqualTo("Gevolgen van COVID-19");
                });
        assertThat(ReportErrorLinks.of("submit", "sections.spending-per-year.years[0].year", "outside", "aim-duurzaam",
                texts, titles).href()).isEqualTo("#part-spending-per-year");
        assertThat(ReportErrorLinks.of("review-form", "comments", "needs one", "aim-duurzaam", texts, titles).href())
                .isEqualTo("#review-form-comments.aim-duurzaam");
        assertThat(ReportErrorLinks.of("review-form", "comments.covid-19", "is empty", "aim-duurzaam", texts, titles).label())
                .isEqualTo("Opmerking bij Gevolgen van COVID-19");
        assertThat(ReportErrorLinks.of("section-cofinancing-realised", "years[1].amount", "is required", "",
                texts, titles)).satisfies(link -> {
                    assertThat(link.href()).isEqualTo("#section-cofinancing-realised-years[1].amount");
                    assertThat(link.label()).isEqualTo("Bedrag in euro's, regel 2");
                });
        assertThat(ReportErrorLinks.of("section-aim-duurzaam", "activities", "is required", "", texts, titles).label())
                .isEqualTo("Activiteiten");
    }
}
