package nl.sto.reports.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.contracts.regulation.Names;

/**
 * The sections of one report kind, in the order the report shows them, as its regulation defines them; which of them
 * must be filled before the lead can submit.
 */
public record ReportSections(List<Section> sections) {

    /** One section of the report: its key in URLs and JSON, its type (so its shape), title and need. */
    public record Section(String key, SectionType type, Names title, boolean required) {

        public Class<? extends SectionContent> contentType() {
            return type.contentType();
        }
    }

    public ReportSections {
        sections = List.copyOf(sections);
    }

    /** The sections of checked specs (see {@code RegulationRules}): a catalogue type gives its key and title. */
    public static ReportSections of(List<SectionSpec> specs) {
        return new ReportSections(specs.stream().map(ReportSections::section).toList());
    }

    private static Section section(SectionSpec spec) {
        SectionType type = SectionType.byKey(spec.type())
                .orElseThrow(() -> new IllegalArgumentException("Unknown section type " + spec.type()));
        boolean required = Boolean.TRUE.equals(spec.required());
        return type == SectionType.FREE_TEXT ? new Section(spec.key(), type, spec.title(), required)
                : new Section(type.key(), type, type.title(), required);
    }

    public Optional<Section> find(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public boolean has(String key) {
        return find(key).isPresent();
    }

    public List<String> keys() {
        return sections.stream().map(Section::key).toList();
    }

    /** One error per required section that is not filled, in the report's order. */
    public List<FieldError> missing(Set<String> filled) {
        List<FieldError> missing = new ArrayList<>();
        for (Section section : sections) {
            if (section.required() && !filled.contains(section.key())) {
                missing.add(new FieldError("sections." + section.key(), FieldErrorCode.REQUIRED,
                        "is required in this report"));
            }
        }
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
                outside.add(new FieldError("years[" + i + "].year", FieldErrorCode.OUTSIDE_PERIOD, year
                        + " is outside the spending period (" + SectionContent.FIRST_YEAR + " to " + lastYear
                        + ", ending " + periodEnd + ")",
                        Map.of("from", String.valueOf(SectionContent.FIRST_YEAR), "to", String.valueOf(lastYear))));
            }
        }
        return outside;
    }
}
