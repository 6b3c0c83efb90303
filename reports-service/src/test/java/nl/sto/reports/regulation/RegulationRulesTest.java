package nl.sto.reports.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.Problem.FieldError;
import nl.sto.contracts.regulation.Names;
import nl.sto.reports.regulation.RegulationDraft.KindDraft;
import nl.sto.reports.regulation.RegulationDraft.Period;
import nl.sto.reports.sections.SectionSpec;

class RegulationRulesTest {

    static final Names BUDGET = new Names("Begroting", "Budget");

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(RegulationRules.problems(draft())).isEmpty();
    }

    @Test
    void theIdIsCapitalsDigitsAndHyphens() {
        assertFields(withId("sto-2029-2032"), "id");
        assertFields(withId("ST"), "id");
        assertFields(withId("-STO"), "id");
        assertFields(withId("S".repeat(41)), "id");
        assertFields(withId(null), "id");
        assertThat(RegulationRules.problems(withId("ST0"))).isEmpty();
        assertThat(RegulationRules.problems(withId("S".repeat(40)))).isEmpty();
    }

    @Test
    void titleLegalReferenceAndSourceNoteAreRequired() {
        RegulationDraft d = draft();
        assertFields(new RegulationDraft(d.id(), " ", null, d.publishedOn(), d.effectiveOn(), d.period(), "",
                d.grantsDecidedOn(), d.kinds()), "title", "legalReference", "sourceNote");
        assertFields(new RegulationDraft(d.id(), "t".repeat(301), d.legalReference(), d.publishedOn(),
                d.effectiveOn(), d.period(), d.sourceNote(), d.grantsDecidedOn(), d.kinds()), "title");
    }

    @Test
    void datesAndThePeriodMustBeInOrder() {
        RegulationDraft d = draft();
        assertFields(new RegulationDraft(d.id(), d.title(), d.legalReference(), d.publishedOn(),
                d.publishedOn().minusDays(1), d.period(), d.sourceNote(), null, d.kinds()), "effectiveOn");
        assertFields(new RegulationDraft(d.id(), d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(),
                new Period(LocalDate.of(2032, 12, 31), LocalDate.of(2029, 1, 1)), d.sourceNote(), null,
                d.kinds()), "period.to");
        assertFields(new RegulationDraft(d.id(), d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(),
                null, d.sourceNote(), null, d.kinds()), "period");
        assertFields(new RegulationDraft(d.id(), d.title(), d.legalReference(), null, d.effectiveOn(),
                d.period(), d.sourceNote(), LocalDate.of(2101, 1, 1), d.kinds()), "publishedOn", "grantsDecidedOn");
        assertFields(new RegulationDraft(d.id(), d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(),
                d.period(), d.sourceNote(), null, List.of()), "kinds");
    }

    @Test
    void aKindNeedsACodeNamesAnAbbreviationAndWhetherItIsAReport() {
        assertFields(withKind(0, k -> new KindDraft(k.code(), null, k.abbreviation(), k.report(), k.due(),
                k.sections())), "kinds[0].name.nl", "kinds[0].name.en");
        assertFields(withKind(0, k -> new KindDraft(k.code(), new Names("", "Plan"), k.abbreviation(), k.report(),
                k.due(), k.sections())), "kinds[0].name.nl");
        assertFields(withKind(0, k -> new KindDraft(k.code(), new Names("Plan", null), k.abbreviation(),
                k.report(), k.due(), k.sections())), "kinds[0].name.en");
        assertFields(withKind(0, k -> new KindDraft("plan", k.name(), "ap", k.report(), k.due(), k.sections())),
                "kinds[0].code", "kinds[0].abbreviation");
        assertFields(withKind(0, k -> new KindDraft(null, k.name(), "AP1234567890X", k.report(), k.due(),
                k.sections())), "kinds[0].code", "kinds[0].abbreviation");
        assertFields(withKind(0, k -> new KindDraft(k.code(), k.name(), k.abbreviation(), null, k.due(),
                k.sections())), "kinds[0].report");
    }

    @Test
    void aReportNeedsSectionsAndAMilestoneHasNone() {
        assertFields(withKind(0, k -> new KindDraft(k.code(), k.name(), k.abbreviation(), true, k.due(), List.of())),
                "kinds[0].sections");
        assertFields(withKind(0, k -> new KindDraft(k.code(), k.name(), k.abbreviation(), true, k.due(), null)),
                "kinds[0].sections");
        assertFields(withKind(3, k -> new KindDraft(k.code(), k.name(), k.abbreviation(), false, k.due(),
                List.of(catalogue("aim-duurzaam")))), "kinds[3].sections");
    }

    @Test
    void aFixedDueDateLiesInThePeriodAndNotBeforeThePublication() {
        assertFields(withKind(0, k -> fixedOn(k, LocalDate.of(2033, 1, 1))), "kinds[0].due.date");
        assertFields(withKind(0, k -> fixedOn(k, LocalDate.of(2028, 12, 31))), "kinds[0].due.date");
        assertThat(RegulationRules.problems(withKind(0, k -> fixedOn(k, LocalDate.of(2029, 1, 1))))).isEmpty();
        assertThat(RegulationRules.problems(withKind(0, k -> fixedOn(k, LocalDate.of(2032, 12, 31))))).isEmpty();
        assertThat(RegulationRules.problems(withKind(0, k -> fixedOn(k, LocalDate.of(2033, 1, 1)))))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("outside the regulation's period"));

        // The period may start before the publication; a date between the two cannot be met.
        RegulationDraft d = draft();
        RegulationDraft early = new RegulationDraft(d.id(), d.title(), d.legalReference(), LocalDate.of(2029, 3, 1),
                LocalDate.of(2029, 3, 1), d.period(), d.sourceNote(), null, replaceKind(d.kinds(), 0,
                        k -> fixedOn(k, LocalDate.of(2029, 2, 28))));
        assertThat(RegulationRules.problems(early)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("kinds[0].due.date");
            assertThat(e.message()).contains("before the regulation's publication on 2029-03-01");
        });
        assertFields(withKind(0, k -> fixedOn(k, null)), "kinds[0].due.date");
    }

    @Test
    void aYearlyDueDayIsADayOfItsMonth() {
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 13, 1, null))), "kinds[1].due.month");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 0, 1, null))), "kinds[1].due.month");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, null, 1, null))), "kinds[1].due.month");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 4, 31, null))), "kinds[1].due.day");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 2, 30, null))), "kinds[1].due.day");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 7, 0, null))), "kinds[1].due.day");
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 7, null, null))), "kinds[1].due.day");
        assertThat(RegulationRules.problems(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, null, 2, 29, null)))))
                .isEmpty();
        assertFields(withKind(1, k -> due(k, new Due(Due.Rule.YEARLY, LocalDate.of(2030, 7, 1), 7, 1, null))),
                "kinds[1].due");
    }

    @Test
    void weeksAfterTheGrantAreOneToFiveHundredTwenty() {
        assertFields(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null, null, 0))),
                "kinds[2].due.weeks");
        assertFields(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null, null, 521))),
                "kinds[2].due.weeks");
        assertFields(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null, null, null))),
                "kinds[2].due.weeks");
        assertThat(RegulationRules.problems(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null,
                null, 520))))).isEmpty();
        assertThat(RegulationRules.problems(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null,
                null, 1))))).isEmpty();
        assertFields(withKind(2, k -> due(k, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, 1, null, 12))),
                "kinds[2].due");
        assertFields(withKind(2, k -> due(k, null)), "kinds[2].due.rule");
        assertFields(withKind(2, k -> due(k, new Due(null, null, null, null, 12))), "kinds[2].due.rule");
    }

    @Test
    void aFreeTextSectionHasItsOwnKeyAndTitle() {
        assertFields(withSection(1, new SectionSpec("free-text", "Begroting", BUDGET, true)),
                "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", "b", BUDGET, true)), "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", "-begroting", BUDGET, true)),
                "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", "b".repeat(41), BUDGET, true)),
                "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", null, BUDGET, true)), "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", "covid-19", BUDGET, true)),
                "kinds[0].sections[1].key");
        assertFields(withSection(1, new SectionSpec("free-text", "begroting", null, true)),
                "kinds[0].sections[1].title.nl", "kinds[0].sections[1].title.en");
        assertFields(withSection(1, new SectionSpec("free-text", "begroting", new Names("Begroting", " "), true)),
                "kinds[0].sections[1].title.en");
        assertThat(RegulationRules.problems(withSection(1, new SectionSpec("free-text", "b2", BUDGET, false))))
                .isEmpty();
    }

    @Test
    void aCatalogueSectionTakesItsKeyAndTitleFromTheCatalogue() {
        assertFields(withSection(0, new SectionSpec("aim-duurzaam", null, BUDGET, true)), "kinds[0].sections[0]");
        assertFields(withSection(0, new SectionSpec("aim-duurzaam", "duurzaam", null, true)),
                "kinds[0].sections[0]");
        // Its own key repeated is no problem.
        assertThat(RegulationRules.problems(withSection(0, new SectionSpec("aim-duurzaam", "aim-duurzaam", null,
                true)))).isEmpty();
        assertFields(withSection(0, new SectionSpec("aim-onbekend", null, null, true)), "kinds[0].sections[0].type");
        assertFields(withSection(0, new SectionSpec(null, null, null, true)), "kinds[0].sections[0].type");
        assertFields(withSection(0, new SectionSpec("aim-duurzaam", null, null, null)),
                "kinds[0].sections[0].required");
    }

    @Test
    void codesAbbreviationsAndSectionKeysAreUnique() {
        RegulationDraft d = draft();
        List<KindDraft> kinds = new ArrayList<>(d.kinds());
        KindDraft first = kinds.get(0);
        kinds.add(new KindDraft(first.code(), new Names("Nog een", "Another"), "XZ" + "9", true, first.due(),
                first.sections()));
        kinds.add(new KindDraft("ANOTHER_PLAN", new Names("Nog een", "Another"), first.abbreviation(), true,
                first.due(), first.sections()));
        assertFields(withKinds(kinds), "kinds[4].code", "kinds[5].abbreviation");

        assertFields(withSection(1, catalogue("aim-duurzaam")), "kinds[0].sections[1].key");
        List<SectionSpec> twoFree = List.of(new SectionSpec("free-text", "begroting", BUDGET, true),
                new SectionSpec("free-text", "begroting", new Names("Andere", "Other"), false));
        assertFields(withKind(0, k -> new KindDraft(k.code(), k.name(), k.abbreviation(), true, k.due(), twoFree)),
                "kinds[0].sections[1].key");
        // The same free-text key in two kinds is fine: keys are per report.
        assertThat(RegulationRules.problems(withKind(1, k -> new KindDraft(k.code(), k.name(), k.abbreviation(),
                true, k.due(), List.of(new SectionSpec("free-text", "begroting", BUDGET, true)))))).isEmpty();
    }

    @Test
    void everyProblemIsNamedInOneAnswer() {
        RegulationDraft d = draft();
        List<KindDraft> kinds = List.of(
                new KindDraft("PLAN", null, "AP29", true, Due.fixed(LocalDate.of(2040, 1, 1)), List.of()),
                new KindDraft("MILESTONE", new Names("Mijlpaal", "Milestone"), "MS29", false,
                        new Due(Due.Rule.YEARLY, null, 2, 30, null), List.of(catalogue("covid-19"))));
        assertFields(new RegulationDraft("x", d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(),
                d.period(), d.sourceNote(), null, kinds), "id", "kinds[0].name.nl", "kinds[0].name.en",
                "kinds[0].due.date", "kinds[0].sections", "kinds[1].due.day", "kinds[1].sections");
    }

    @Test
    void aProblemCarriesItsCodeAndTheValuesItsMessageNames() {
        RegulationDraft d = draft();
        List<KindDraft> kinds = List.of(
                new KindDraft("PLAN", new Names("Plan", "Plan"), "AP29", true, Due.fixed(LocalDate.of(2040, 1, 1)),
                        List.of(catalogue("aim-duurzaam"))),
                new KindDraft("MILESTONE", new Names("Mijlpaal", "Milestone"), "MS29", false,
                        new Due(Due.Rule.YEARLY, null, 2, 30, null), List.of()));
        List<FieldError> problems = RegulationRules.problems(new RegulationDraft(d.id(), d.title(),
                d.legalReference(), d.publishedOn(), d.effectiveOn(), d.period(), d.sourceNote(), null, kinds));

        assertThat(problems).extracting(FieldError::field, FieldError::code, FieldError::params).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kinds[0].due.date", "outside-period",
                        java.util.Map.of("from", "2029-01-01", "to", "2032-12-31")),
                org.assertj.core.groups.Tuple.tuple("kinds[1].due.day", "range",
                        java.util.Map.of("min", "1", "max", "29")));
    }

    /** A regulation 2029-2032 with a fixed report, a yearly report, a report after the grant and a milestone. */
    static RegulationDraft draft() {
        return new RegulationDraft("STO-2029-2032", "Subsidieregeling sterk techniekonderwijs 2029-2032",
                "Stcrt. 2028, nr. 1", LocalDate.of(2028, 6, 1), LocalDate.of(2028, 7, 1),
                new Period(LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31)), "A test regulation",
                LocalDate.of(2029, 2, 1), List.of(
                        new KindDraft("ACTIVITY_PLAN", new Names("Activiteitenplan", "Activity plan"), "AP29", true,
                                Due.fixed(LocalDate.of(2029, 4, 15)), List.of(catalogue("aim-duurzaam"),
                                        new SectionSpec("free-text", "begroting", BUDGET, true))),
                        new KindDraft("ANNUAL_REPORT", new Names("Jaarverslag", "Annual report"), "JV29", true,
                                new Due(Due.Rule.YEARLY, null, 7, 1, null), List.of(catalogue("cofinancing-realised"),
                                        new SectionSpec("plan-adjustments", null, null, false))),
                        new KindDraft("GRANT_PLAN", new Names("Plan na besluit", "Plan after the decision"), "GP29",
                                true, new Due(Due.Rule.WEEKS_AFTER_GRANT, null, null, null, 12),
                                List.of(catalogue("aim-dekkend"))),
                        new KindDraft("SPENDING_END", new Names("Einde besteding", "End of spending"), "SE29", false,
                                Due.fixed(LocalDate.of(2032, 12, 31)), List.of())));
    }

    static SectionSpec catalogue(String type) {
        return new SectionSpec(type, null, null, true);
    }

    private static void assertFields(RegulationDraft draft, String... fields) {
        assertThat(RegulationRules.problems(draft)).extracting(FieldError::field).containsExactly(fields);
        assertThat(RegulationRules.problems(draft)).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    private static RegulationDraft withId(String id) {
        RegulationDraft d = draft();
        return new RegulationDraft(id, d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(), d.period(),
                d.sourceNote(), d.grantsDecidedOn(), d.kinds());
    }

    private static RegulationDraft withKinds(List<KindDraft> kinds) {
        RegulationDraft d = draft();
        return new RegulationDraft(d.id(), d.title(), d.legalReference(), d.publishedOn(), d.effectiveOn(),
                d.period(), d.sourceNote(), d.grantsDecidedOn(), kinds);
    }

    private static RegulationDraft withKind(int index, UnaryOperator<KindDraft> change) {
        return withKinds(replaceKind(draft().kinds(), index, change));
    }

    private static List<KindDraft> replaceKind(List<KindDraft> kinds, int index, UnaryOperator<KindDraft> change) {
        List<KindDraft> changed = new ArrayList<>(kinds);
        changed.set(index, change.apply(changed.get(index)));
        return changed;
    }

    private static RegulationDraft withSection(int index, SectionSpec section) {
        return withKind(0, k -> {
            List<SectionSpec> sections = new ArrayList<>(k.sections());
            sections.set(index, section);
            return new KindDraft(k.code(), k.name(), k.abbreviation(), k.report(), k.due(), sections);
        });
    }

    private static KindDraft fixedOn(KindDraft k, LocalDate date) {
        return due(k, Due.fixed(date));
    }

    private static KindDraft due(KindDraft k, Due due) {
        return new KindDraft(k.code(), k.name(), k.abbreviation(), k.report(), due, k.sections());
    }
}
