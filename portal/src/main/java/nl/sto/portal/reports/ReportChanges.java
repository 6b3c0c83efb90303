package nl.sto.portal.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ReportViews.Attachment;
import nl.sto.portal.client.reports.ReportViews.SectionChange;
import nl.sto.portal.client.reports.ReportViews.SectionContent;
import nl.sto.portal.client.reports.ReportViews.VersionChanges;
import nl.sto.portal.client.reports.ReportViews.YearAmount;
import nl.sto.portal.format.EuroAmounts;
import nl.sto.portal.web.Texts;

/**
 * What the region changed in this version since the one that came back to it, for the reviewer (and the region) to
 * read before the decision: each section that changed, field by field, with the words added and removed marked; the
 * attachments added and removed. reports-service says which sections changed; the portal only shows the words.
 *
 * @param shown whether the version is based on an earlier one, so there is something to compare
 */
public record ReportChanges(boolean shown, int number, int comparedWith, List<ChangedSection> sections,
        List<Attachment> added, List<Attachment> removed) {

    public static final ReportChanges NONE = new ReportChanges(false, 0, 0, List.of(), List.of(), List.of());

    /** A section that changed: {@code change} ADDED, REMOVED or CHANGED, and each of its fields compared. */
    public record ChangedSection(String section, String title, String change, List<ChangedField> fields) {
    }

    public record ChangedField(String label, List<WordDiff.Piece> pieces) {
    }

    public static ReportChanges of(VersionChanges changes, UiLanguage language) {
        ReportMessages texts = Texts.of(ReportMessages.class, language);
        List<ChangedSection> changed = changes.sections().stream()
                .filter(c -> !"UNCHANGED".equals(c.change()))
                .map(c -> new ChangedSection(c.section(), c.title().in(language), c.change(), fields(c, texts, language)))
                .toList();
        return new ReportChanges(true, changes.number(), changes.comparedWith(), changed, changes.added(),
                changes.removed());
    }

    /** Whether anything at all changed. */
    public boolean any() {
        return !sections.isEmpty() || !added.isEmpty() || !removed.isEmpty();
    }

    private static List<ChangedField> fields(SectionChange change, ReportMessages texts, UiLanguage language) {
        SectionContent before = change.before() == null ? SectionContent.EMPTY : change.before();
        SectionContent after = change.after() == null ? SectionContent.EMPTY : change.after();
        List<ChangedField> fields = new ArrayList<>();
        field(fields, texts.field_label("activities"), before.activities(), after.activities());
        field(fields, texts.field_label("results"), before.results(), after.results());
        field(fields, texts.field_label("text"), before.text(), after.text());
        field(fields, texts.field_label("years"), amounts(before.years(), language), amounts(after.years(), language));
        field(fields, texts.field_label("explanation"), before.explanation(), after.explanation());
        return fields;
    }

    /** A field that has text in either version; one that stayed the same is shown too, as context. */
    private static void field(List<ChangedField> fields, String label, String before, String after) {
        if ((before == null || before.isEmpty()) && (after == null || after.isEmpty())) {
            return;
        }
        fields.add(new ChangedField(label, WordDiff.of(before, after)));
    }

    private static String amounts(List<YearAmount> years, UiLanguage language) {
        return years.stream().map(y -> y.year() + ": " + EuroAmounts.format(y.amount(), language))
                .collect(Collectors.joining("; "));
    }
}
