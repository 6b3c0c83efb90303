package nl.sto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import nl.sto.portal.client.ProblemException;

/** A Quarkus test because the refusals are texts from the message bundles, in the person's language. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class FormFieldsTest {

    private static FormFields posted(UiLanguage language, Map<String, String> values) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        values.forEach(form::add);
        return FormFields.of(form, language);
    }

    @Test
    void readsYearsAmountsAndDatesAsTyped() {
        FormFields fields = posted(UiLanguage.NL, Map.of("year", "2025", "amount", "25.000,50",
                "joinedOn", "2021-02-01", "leftOn", "1-2-2021", "name", "  Demo  "));

        assertThat(fields.year("year")).isEqualTo(2025);
        assertThat(fields.euros("amount")).isEqualByComparingTo(new BigDecimal("25000.50"));
        assertThat(fields.date("joinedOn")).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(fields.optionalDate("leftOn")).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(fields.text("name")).isEqualTo("Demo");
        assertThat(fields.request(() -> "built")).isEqualTo("built");
    }

    @Test
    void emptyTextAndEmptyOptionalDatesAreLeftToTheService() {
        FormFields fields = posted(UiLanguage.NL, Map.of("name", " ", "leftOn", ""));

        assertThat(fields.text("name")).isNull();
        assertThat(fields.text("missing")).isNull();
        assertThat(fields.optionalDate("leftOn")).isNull();
    }

    @Test
    void refusesWhatItCannotReadNamingEachFieldInThePersonsLanguage() {
        FormFields fields = posted(UiLanguage.NL, Map.of("year", "volgend jaar", "amount", "veel"));
        fields.year("year");
        fields.euros("amount");
        fields.date("closedOn");

        assertThatThrownBy(() -> fields.request(() -> "never built"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.problem().language()).isEqualTo("nl");
                    assertThat(e.problem().errorOf("year")).contains("vul een jaartal van vier cijfers in, bijvoorbeeld 2024");
                    assertThat(e.problem().errorOf("amount")).hasValueSatisfying(m -> assertThat(m).contains("25.000,50"));
                    assertThat(e.problem().errorOf("closedOn")).isPresent();
                });
    }

    @Test
    void englishRefusalsAreEnglish() {
        FormFields fields = posted(UiLanguage.EN, Map.of("amount", "lots"));
        fields.euros("amount");

        assertThatThrownBy(() -> fields.request(() -> "never built"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errorOf("amount"))
                        .contains("enter an amount in euros, e.g. 25,000 or 25,000.50"));
    }

    @Test
    void aServicesCodedFieldErrorsAreWordedInThePagesLanguageAndTheOthersKeptAsSent() {
        Problem refused = new Problem(400, "Invalid request", "reason: must not be blank; code: taken", List.of(
                new Problem.FieldError("reason", "required", "must not be blank", null),
                new Problem.FieldError("contactEmail", "email", "must be a well-formed email address", null),
                new Problem.FieldError("code", "invalid", "a region with this code exists", null),
                new Problem.FieldError("old", null, "no code", null)), null);

        Problem dutch = posted(UiLanguage.NL, Map.of()).worded(refused);
        assertThat(dutch.errors()).extracting(Problem.FieldError::message).containsExactly("vul dit in",
                "vul een e-mailadres in, bijvoorbeeld naam@school.nl", "a region with this code exists", "no code");
        assertThat(dutch.errors()).extracting(Problem.FieldError::language).containsExactly("nl", "nl", "en", "en");
        assertThat(dutch.errorAt("reason").orElseThrow().code()).isEqualTo("required");

        Problem english = posted(UiLanguage.EN, Map.of()).worded(refused);
        assertThat(english.errorOf("reason")).contains("fill this in");
        assertThat(english.errors()).extracting(Problem.FieldError::language).containsOnly("en");

        FormFeedback shown = new FormFeedback("pause", dutch, Map.of());
        assertThat(shown.error("pause", "reason")).isEqualTo("vul dit in");
        assertThat(shown.errorLanguage("pause", "reason")).isEqualTo("nl");
        assertThat(shown.errorLanguage("pause", "code")).isEqualTo("en");
        assertThat(shown.errorLanguage("pause", "elsewhere")).as("the detail's language").isEqualTo("en");
        assertThat(shown.errorLanguage("other-form", "reason")).as("another form's field").isEqualTo("en");
    }

    @Test
    void aRefusalNamingValuesIsWordedWithThemDatesAsPeopleWriteThem() {
        Problem refused = new Problem(409, "Conflict", "year: Region R01 already has a grant for 2024", List.of(
                new Problem.FieldError("year", "grant-exists", "Region R01 already has a grant for 2024", null,
                        Map.of("year", "2024")),
                new Problem.FieldError("leftOn", "not-before", "lies before the day the partner joined, 2024-02-01",
                        null, Map.of("date", "2024-02-01")),
                new Problem.FieldError("years[0].year", "range", "must be a year from 2020 to 2100", null,
                        Map.of("min", "2020", "max", "2100")),
                new Problem.FieldError("title", "too-long", "is longer than 300 characters", null,
                        Map.of("max", "300"))), null);

        assertThat(posted(UiLanguage.NL, Map.of()).worded(refused).errors()).extracting(Problem.FieldError::message)
                .containsExactly("voor 2024 is al een subsidie toegekend", "dit mag niet vóór 1 februari 2024 liggen",
                        "dit moet liggen tussen 2020 en 2100", "dit is te lang; maak het korter (hooguit 300)");
        assertThat(posted(UiLanguage.EN, Map.of()).worded(refused).errors()).extracting(Problem.FieldError::message)
                .containsExactly("a grant for 2024 has been awarded already", "this must not lie before 1 February 2024",
                        "this must lie between 2020 and 2100", "this is too long; shorten it (at most 300)");
    }

    @Test
    void aRefusalNoFieldIsToBlameForIsWordedByItsCodeAndAnUnknownCodeKeepsTheServicesEnglish() {
        Problem submitted = new Problem(409, "Conflict", "Version 2 of this report is submitted and can no longer be "
                + "changed", List.of(), null, "not-a-draft", Map.of("version", "2", "status", "SUBMITTED"));
        Problem dutch = posted(UiLanguage.NL, Map.of()).worded(submitted);
        assertThat(dutch.detail()).isEqualTo("Versie 2 van deze rapportage is al ingediend en kan niet meer "
                + "veranderen.");
        assertThat(new FormFeedback("submit", dutch, Map.of()).language()).isEqualTo("nl");

        Problem returned = new Problem(409, "Conflict", "", List.of(), null, "not-a-draft",
                Map.of("version", "1", "status", "RETURNED"));
        assertThat(posted(UiLanguage.EN, Map.of()).worded(returned).detail()).isEqualTo("Version 1 of this report is "
                + "returned already and can no longer change; start a revision to change it.");

        Problem closed = new Problem(409, "Conflict", "Region R07 is closed since 2024-08-01", List.of(), null,
                "region-closed", Map.of("closedOn", "2024-08-01"));
        assertThat(posted(UiLanguage.NL, Map.of()).worded(closed).detail())
                .isEqualTo("Deze regio is gesloten sinds 1 augustus 2024.");

        Problem unknown = new Problem(409, "Conflict", "Something new", List.of(), null, "something-new", Map.of());
        Problem kept = posted(UiLanguage.NL, Map.of()).worded(unknown);
        assertThat(kept.detail()).isEqualTo("Something new");
        assertThat(kept.language()).isEqualTo("en");
    }
}
