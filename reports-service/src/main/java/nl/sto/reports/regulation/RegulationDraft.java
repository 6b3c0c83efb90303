package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.List;

import nl.sto.contracts.regulation.Names;
import nl.sto.reports.sections.SectionSpec;

/**
 * A regulation as the ministry drafts it: its legal source, its period, and the obligation kinds it sets. Checked
 * as a whole by {@link RegulationRules}, so that one answer names every field to fix.
 */
public record RegulationDraft(String id, String title, String legalReference, LocalDate publishedOn,
        LocalDate effectiveOn, Period period, String sourceNote, LocalDate grantsDecidedOn, List<KindDraft> kinds) {

    /** The days the regulation applies: no obligation of it falls due outside them. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** One obligation kind; a report has sections, a milestone (such as the end of spending) none. */
    public record KindDraft(String code, Names name, String abbreviation, Boolean report, Due due,
            List<SectionSpec> sections) {
    }
}
