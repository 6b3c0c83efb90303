package nl.sto.reports.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.sto.common.money.Money;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;

/**
 * What a section holds, in one of three shapes. Each shape names its own problems (field by field) so that one 400
 * lists all of them; a draft may only hold content without problems, so a saved section is a filled section.
 */
public sealed interface SectionContent {

    int MAX_TEXT = 20_000;
    /** STO money was granted from 2020 on; nothing can be realised or spent before. */
    int FIRST_YEAR = 2020;
    int LAST_YEAR = 2100;

    List<FieldError> problems();

    /** The same content in its stored form (amounts with two decimals), so equal content has equal JSON. */
    SectionContent normalised();

    /** Activities and results for one of the plan's three aims. */
    record Aim(String activities, String results) implements SectionContent {

        @Override
        public List<FieldError> problems() {
            List<FieldError> problems = new ArrayList<>();
            requireText("activities", activities, problems);
            requireText("results", results, problems);
            return problems;
        }

        @Override
        public SectionContent normalised() {
            return this;
        }
    }

    record Text(String text) implements SectionContent {

        @Override
        public List<FieldError> problems() {
            List<FieldError> problems = new ArrayList<>();
            requireText("text", text, problems);
            return problems;
        }

        @Override
        public SectionContent normalised() {
            return this;
        }
    }

    /** Euro amounts per calendar year (exact decimals), with an optional explanation. */
    record AmountsPerYear(List<YearAmount> years, String explanation) implements SectionContent {

        @Override
        public List<FieldError> problems() {
            List<FieldError> problems = new ArrayList<>();
            if (years == null || years.isEmpty()) {
                problems.add(new FieldError("years", FieldErrorCode.REQUIRED, "must list at least one year"));
            } else {
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < years.size(); i++) {
                    yearAmount("years[" + i + "]", years.get(i), seen, problems);
                }
            }
            if (explanation != null && explanation.length() > MAX_TEXT) {
                problems.add(FieldError.tooLong("explanation", MAX_TEXT));
            }
            return problems;
        }

        @Override
        public SectionContent normalised() {
            return new AmountsPerYear(years.stream().map(y -> new YearAmount(y.year(), y.amount().setScale(2)))
                    .toList(), explanation);
        }

        private static void yearAmount(String field, YearAmount entry, Set<Integer> seen,
                List<FieldError> problems) {
            if (entry == null) {
                problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
                return;
            }
            if (entry.year() == null) {
                problems.add(new FieldError(field + ".year", FieldErrorCode.REQUIRED, "is required"));
            } else if (entry.year() < FIRST_YEAR || entry.year() > LAST_YEAR) {
                problems.add(FieldError.range(field + ".year", FIRST_YEAR, LAST_YEAR,
                        "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR));
            } else if (!seen.add(entry.year())) {
                problems.add(new FieldError(field + ".year", FieldErrorCode.DUPLICATE, "appears twice"));
            }
            Money.problem(field + ".amount", entry.amount()).ifPresent(problems::add);
        }
    }

    record YearAmount(Integer year, BigDecimal amount) {
    }

    private static void requireText(String field, String value, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(FieldError.tooLong(field, MAX_TEXT));
        }
    }
}
