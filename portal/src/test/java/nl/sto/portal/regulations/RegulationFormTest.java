package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.RegulationViews.Draft;
import nl.sto.portal.client.reports.RegulationViews.Due;
import nl.sto.portal.client.reports.RegulationViews.Kind;
import nl.sto.portal.client.reports.RegulationViews.Period;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.client.reports.RegulationViews.Section;
import nl.sto.portal.client.reports.RegulationViews.SectionType;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;

/** A Quarkus test because the portal's own refusals and the form's labels come from message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class RegulationFormTest {

    static final List<SectionType> CATALOGUE = List.of(
            new SectionType("aim-duurzaam", "AIM", new Names("Doel: duurzaam", "Aim: sustainable")),
            new SectionType("covid-19", "TEXT", new Names("Gevolgen van COVID-19", "Consequences of COVID-19")),
            new SectionType("free-text", "TEXT", new Names("Vrije tekst", "Free text")));

    private static Map<String, String> regulation() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "STO-2029-2032");
        values.put("title", "Regeling 2029-2032");
        values.put("legalReference", "Stcrt. 2028, nr. 1");
        values.put("publishedOn", "2028-06-01");
        values.put("effectiveOn", "1-7-2028");
        values.put("period.from", "2029-01-01");
        values.put("period.to", "2032-12-31");
        values.put("sourceNote", "Test");
        values.put("action", "save");
        return values;
    }

    private static FormFields fields(Map<String, String> values) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        values.forEach(form::add);
        return FormFields.of(form, UiLanguage.NL);
    }

    @Test
    void aDraftIsReadFromTheFormWithItsKindsDueRulesAndSections() {
        Map<String, String> values = regulation();
        values.put("kinds[0].code", "PLAN");
        values.put("kinds[0].name.nl", "Plan");
        values.put("kinds[0].name.en", "Plan");
        values.put("kinds[0].abbreviation", "PL");
        values.put("kinds[0].report", "true");
        values.put("kinds[0].due.rule", "FIXED");
        values.put("kinds[0].due.date", "2029-04-15");
        values.put("kinds[0].sections.aim-duurzaam", "required");
        values.put("kinds[0].sections.covid-19", "");
        values.put("kinds[0].free[0].key", "eigen-vraag");
        values.put("kinds[0].free[0].title.nl", "Eigen vraag");
        values.put("kinds[0].free[0].title.en", "Own question");
        values.put("kinds[0].free[0].required", "optional");
        // an empty row, as the "add an obligation" button leaves it
        values.put("kinds[1].report", "true");
        values.put("kinds[1].due.rule", "FIXED");
        values.put("kinds[2].code", "YEAR");
        values.put("kinds[2].report", "false");
        values.put("kinds[2].due.rule", "YEARLY");
        values.put("kinds[2].due.month", "7");
        values.put("kinds[2].due.day", "1");
        values.put("kinds[2].sections.aim-duurzaam", "required");
        RegulationForm form = RegulationForm.posted(values, CATALOGUE, false);

        Draft draft = form.draft(fields(values));

        assertThat(draft.id()).isEqualTo("STO-2029-2032");
        assertThat(draft.effectiveOn()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(draft.period()).isEqualTo(new Period(LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31)));
        assertThat(draft.kinds()).hasSize(2);
        assertThat(draft.kinds().get(0).due()).isEqualTo(Due.fixed(LocalDate.of(2029, 4, 15)));
        assertThat(draft.kinds().get(0).sections()).extracting(s -> s.type() + ":" + s.key() + ":" + s.required())
                .containsExactly("aim-duurzaam:null:true", "free-text:eigen-vraag:false");
        assertThat(draft.kinds().get(1).due()).isEqualTo(new Due("YEARLY", null, 7, 1, null));
        assertThat(draft.kinds().get(1).sections()).as("a milestone has no sections").isEmpty();

        // the service names fields of the draft it was sent; the form's rows and section fields differ
        assertThat(form.formField("kinds[1].due.date")).isEqualTo("kinds[2].due.date");
        assertThat(form.formField("kinds[0].sections[0]")).isEqualTo("kinds[0].sections.aim-duurzaam");
        assertThat(form.formField("kinds[0].sections[1].key")).isEqualTo("kinds[0].free[0].key");
        assertThat(form.formField("kinds[0].sections[1].title.en")).isEqualTo("kinds[0].free[0].title.en");
        assertThat(form.formField("kinds[1].sections")).isEqualTo("kinds[2].sections");
        assertThat(form.formField("period.to")).isEqualTo("period.to");
        Problem refused = form.inFormTerms(new Problem(400, "Invalid", "x",
                List.of(new Problem.FieldError("kinds[1].due.date", "outside the period")), "en"));
        assertThat(refused.errors()).extracting(Problem.FieldError::field).containsExactly("kinds[2].due.date");
    }

    @Test
    void numbersAndDatesThatAreNoneAreRefusedBeforeTheServiceIsAsked() {
        Map<String, String> values = regulation();
        values.put("publishedOn", "morgen");
        values.put("kinds[0].code", "YEAR");
        values.put("kinds[0].due.rule", "YEARLY");
        values.put("kinds[0].due.month", "juli");

        assertThatThrownBy(() -> RegulationForm.posted(values, CATALOGUE, false).draft(fields(values)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field)
                        .containsExactlyInAnyOrder("publishedOn", "kinds[0].due.month"));
    }

    @Test
    void addingAKindKeepsWhatWasTypedAndShowsOneMoreRowAndFreeRowsGrowWithTheirUse() {
        Map<String, String> values = regulation();
        values.put("kinds[0].code", "PLAN");
        values.put("kinds[0].free[0].key", "eigen-vraag");
        RegulationForm form = RegulationForm.posted(values, CATALOGUE, false).withAnotherKind();

        assertThat(form.kinds()).hasSize(2);
        assertThat(form.kinds().get(0).value("code")).isEqualTo("PLAN");
        assertThat(form.kinds().get(0).freeRows()).hasSize(2);
        assertThat(form.kinds().get(1).freeRows()).hasSize(1);
        assertThat(form.kinds().get(1).field("due.date")).isEqualTo("kinds[1].due.date");
        assertThat(form.sectionTypes()).extracting(SectionType::type).containsExactly("aim-duurzaam", "covid-19");
    }

    @Test
    void aSavedDraftFillsTheForm() {
        Regulation saved = new Regulation("STO-2029-2032", "Regeling", "Stcrt.", new Period(
                LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31)), "DRAFT", false, LocalDate.of(2028, 6, 1),
                LocalDate.of(2028, 7, 1), null, "Bron", null, List.of(new Kind("PLAN", new Names("Plan", "Plan"),
                        "PL", true, new Due("WEEKS_AFTER_GRANT", null, null, null, 12), List.of(
                                new Section("aim-duurzaam", "aim-duurzaam", "AIM", Names.NONE, true),
                                new Section("eigen", "free-text", "TEXT", new Names("Eigen", "Own"), false)))),
                List.of());

        RegulationForm form = RegulationForm.of(saved, CATALOGUE);

        assertThat(form.saved()).isTrue();
        assertThat(form.value("period.to")).isEqualTo("2032-12-31");
        assertThat(form.kinds()).singleElement().satisfies(k -> {
            assertThat(k.dueRule()).isEqualTo("WEEKS_AFTER_GRANT");
            assertThat(k.value("due.weeks")).isEqualTo("12");
            assertThat(k.sectionChoice("aim-duurzaam")).isEqualTo("required");
            assertThat(k.sectionChoice("covid-19")).isEmpty();
            assertThat(k.freeRows()).hasSize(2);
            assertThat(k.value("free[0].required")).isEqualTo("optional");
        });
        assertThat(new DraftFormPage(form, FormFeedback.NONE, UiLanguage.NL).action())
                .isEqualTo("/ministry/regulations/STO-2029-2032/draft");
    }

    @Test
    void theErrorSummaryNamesTheKindAndLinksToTheField() {
        RegulationForm form = RegulationForm.posted(regulation(), CATALOGUE, false);
        FormFeedback feedback = new FormFeedback(RegulationForm.ID, new Problem(400, "Invalid", "", List.of(
                new Problem.FieldError("kinds[1].due.date", "outside the period"),
                new Problem.FieldError("kinds[0].sections.aim-duurzaam", "x"),
                new Problem.FieldError("kinds[0].free[1].key", "y"),
                new Problem.FieldError("period.to", "before from")), "en"), Map.of());

        DraftFormPage page = new DraftFormPage(form, feedback, UiLanguage.NL);

        assertThat(page.errorLinks()).extracting(l -> l.href() + " " + l.label()).containsExactly(
                "#draft-kinds[1].due.date Datum (verplichting 2)",
                "#draft-kinds[0].sections.aim-duurzaam Doel: duurzaam (verplichting 1)",
                "#draft-kinds[0].free[1].key Sleutel (kleine letters, cijfers en streepjes) (verplichting 1, eigen "
                        + "onderdeel 2)",
                "#draft-period.to Periode tot en met");
        assertThat(page.action()).isEqualTo("/ministry/regulations/drafts");
        assertThat(new DraftFormPage(form, feedback, UiLanguage.EN).label("kinds[0].name.en"))
                .isEqualTo("Name in English (obligation 1)");
    }
}
