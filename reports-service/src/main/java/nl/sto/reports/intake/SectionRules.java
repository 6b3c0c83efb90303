package nl.sto.reports.intake;

import static nl.sto.reports.intake.Section.AIM_DEKKEND;
import static nl.sto.reports.intake.Section.AIM_DUURZAAM;
import static nl.sto.reports.intake.Section.AIM_KWALITATIEF;
import static nl.sto.reports.intake.Section.COFINANCING_REALISED;
import static nl.sto.reports.intake.Section.COVID_19;
import static nl.sto.reports.intake.Section.FINANCIAL_ACCOUNTING;
import static nl.sto.reports.intake.Section.PLAN_ADJUSTMENTS;
import static nl.sto.reports.intake.Section.SPENDING_PER_YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.sto.common.problem.Problem.FieldError;
import nl.sto.contracts.regulation.ObligationKind;

/**
 * Which sections each report kind has and which of them must be filled before the lead can submit, as data in one
 * place. Progress reports may adjust the plan; the first must address COVID-19 (the 2021 amendment asks regions to);
 * the final report accounts for the money: spending per year within the spending period, and the accounting.
 */
public final class SectionRules {

    public enum Need {
        REQUIRED,
        OPTIONAL
    }

    private static final Map<ObligationKind, Map<Section, Need>> SECTIONS = new EnumMap<>(ObligationKind.class);

    static {
        SECTIONS.put(ObligationKind.PROGRESS_REPORT_1, sections(
                AIM_DUURZAAM, Need.REQUIRED, AIM_DEKKEND, Need.REQUIRED, AIM_KWALITATIEF, Need.REQUIRED,
                PLAN_ADJUSTMENTS, Need.OPTIONAL, COVID_19, Need.REQUIRED, COFINANCING_REALISED, Need.REQUIRED));
        SECTIONS.put(ObligationKind.PROGRESS_REPORT_2, sections(
                AIM_DUURZAAM, Need.REQUIRED, AIM_DEKKEND, Need.REQUIRED, AIM_KWALITATIEF, Need.REQUIRED,
                PLAN_ADJUSTMENTS, Need.OPTIONAL, COVID_19, Need.OPTIONAL, COFINANCING_REALISED, Need.REQUIRED));
        SECTIONS.put(ObligationKind.FINAL_REPORT, sections(
                AIM_DUURZAAM, Need.REQUIRED, AIM_DEKKEND, Need.REQUIRED, AIM_KWALITATIEF, Need.REQUIRED,
                COVID_19, Need.OPTIONAL, COFINANCING_REALISED, Need.REQUIRED, SPENDING_PER_YEAR, Need.REQUIRED,
                FINANCIAL_ACCOUNTING, Need.REQUIRED));
    }

    private SectionRules() {
    }

    /** The sections of a report of this kind, in the order the report shows them; empty for a non-report. */
    public static Map<Section, Need> of(ObligationKind kind) {
        return SECTIONS.getOrDefault(kind, Map.of());
    }

    public static boolean has(ObligationKind kind, Section section) {
        return of(kind).containsKey(section);
    }

    /** One error per required section that is not filled, in the report's order. */
    public static List<FieldError> missing(ObligationKind kind, Set<Section> filled) {
        List<FieldError> missing = new ArrayList<>();
        of(kind).forEach((section, need) -> {
            if (need == Need.REQUIRED && !filled.contains(section)) {
                missing.add(new FieldError("sections." + section.key(), "is required in this report"));
            }
        });
        return missing;
    }

    /**
     * Spending must fall in the spending period: from 2020 up to the year of its last day (the period ends on
     * {@code periodEnd}, exclusive).
     */
    public static List<FieldError> spendingOutsidePeriod(SectionContent.AmountsPerYear spending, LocalDate periodEnd) {
        int lastYear = periodEnd.minusDays(1).getYear();
        List<FieldError> outside = new ArrayList<>();
        for (int i = 0; i < spending.years().size(); i++) {
            Integer year = spending.years().get(i).year();
            if (year != null && (year < SectionContent.FIRST_YEAR || year > lastYear)) {
                outside.add(new FieldError("years[" + i + "].year", year + " is outside the spending period ("
                        + SectionContent.FIRST_YEAR + " to " + lastYear + ", ending " + periodEnd + ")"));
            }
        }
        return outside;
    }

    private static Map<Section, Need> sections(Object... sectionsAndNeeds) {
        Map<Section, Need> sections = new LinkedHashMap<>();
        for (int i = 0; i < sectionsAndNeeds.length; i += 2) {
            sections.put((Section) sectionsAndNeeds[i], (Need) sectionsAndNeeds[i + 1]);
        }
        return Collections.unmodifiableMap(sections);
    }
}
