package nl.sto.portal.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.monitor.MonitorViews.RegionFigure;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.reports.ReportViews;
import nl.sto.portal.client.reports.ReportViews.Allowed;
import nl.sto.portal.client.reports.ReportViews.AuditEntry;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.Review;
import nl.sto.portal.client.reports.ReportViews.Section;
import nl.sto.portal.client.reports.ReportViews.SectionContent;
import nl.sto.portal.client.reports.ReportViews.Version;
import nl.sto.portal.client.reports.ReportViews.YearAmount;
import nl.sto.portal.format.EuroAmounts;
import nl.sto.portal.web.ErrorLink;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormPage;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * Everything a report page shows: the report's latest version with its sections (as forms while it is a draft the
 * person may edit), attachments, receipt, the review to answer, the versions, the review form and the audit trail.
 *
 * @param etag         the draft's ETag when the page was read; the draft's form sends it back as its version check
 * @param feedback     a refused form; for the draft's form ({@link #DRAFT_FORM}) its values are every section's, as
 *                     posted, which each section's fields show again ({@link #sectionFeedback})
 * @param savedSections the sections just saved, whose parts show the outcome message
 * @param changes      what changed in this version since the one it was based on ({@link ReportChanges#NONE} for a
 *                     first version)
 */
public record ReportPage(ReportRef ref, RegionDetail region, Report report, String etag, Allowed may,
        ReportAudit audit, FormFeedback feedback, Outcome done, Set<String> savedSections, LocalDate today,
        UiLanguage lang, RegionFiguresPanel figures, SectionPrefill prefill, ReportChanges changes)
        implements FormPage {

    /** A section's text with the region's figures put in, shown in its form and not yet saved. */
    public record SectionPrefill(String section, String text) {

        public static final SectionPrefill NONE = new SectionPrefill("", "");
    }

    /** Empty rows below the amounts already saved, for years to add without JavaScript. */
    static final int BLANK_ROWS = 2;
    static final String SUBMIT_FORM = "submit";
    /** The form around all sections of an editable draft ({@link DraftForm}). */
    static final String DRAFT_FORM = "draft";
    static final String REVIEW_FORM = "review-form";
    /** The review form's comment fields are named after the service's: {@code comments.<section>}. */
    static final String COMMENT_FIELD = "comments.";

    /** The id of a section's part of the page, where links to the section lead. */
    public static String partId(String section) {
        return "part-" + section;
    }

    @Override
    public String path() {
        return ref.page();
    }

    public Version version() {
        return report.current();
    }

    /** The report's kind, named by its regulation in the page's language. */
    public String kindName() {
        return report.kindName().in(lang);
    }

    /** Where the receipt of the version shown is downloaded as a PDF. */
    public String receiptPdf() {
        return ref.receiptPdf(version().number());
    }

    public String sectionTitle(String key) {
        return report.sectionTitle(key).in(lang);
    }

    public String part(Section section) {
        return partId(section.section());
    }

    /** The id of a section's part of the draft's form, the prefix of its fields' ids. */
    public String sectionForm(Section section) {
        return sectionForm(section.section());
    }

    private String sectionForm(String section) {
        return formId("section", section);
    }

    /** What a section's field names start with in the draft's form ({@link DraftForm}). */
    public String fieldPrefix(Section section) {
        return section.section() + ".";
    }

    /**
     * A section's share of the draft form's feedback: what was posted for it, and the refusal's errors on its
     * fields. None when the page answers no post of the draft's form.
     */
    public FormFeedback sectionFeedback(Section section) {
        if (!feedback.isFor(DRAFT_FORM)) {
            return FormFeedback.NONE;
        }
        String prefix = fieldPrefix(section);
        Map<String, String> values = new HashMap<>();
        feedback.values().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        Problem whole = feedback.problem();
        List<Problem.FieldError> errors = whole.errors().stream().filter(e -> e.field().startsWith(prefix))
                .map(e -> e.on(e.field().substring(prefix.length()))).toList();
        return new FormFeedback(sectionForm(section),
                new Problem(whole.status(), whole.title(), "", errors, whole.language()), values);
    }

    /** The digest of the section's values as its fields show them from what is saved ({@link DraftForm#digest}). */
    public String shown(Section section) {
        SectionContent content = section.content();
        Map<String, String> values = new HashMap<>();
        switch (section.shape()) {
            case AIM -> {
                values.put("activities", content.activities());
                values.put("results", content.results());
            }
            case TEXT -> values.put(SectionInput.TEXT, content.text());
            case AMOUNTS -> {
                rows(section).forEach(row -> {
                    values.put(row.yearField(), row.year());
                    values.put(row.amountField(), row.amount());
                });
                values.put("explanation", content.explanation());
            }
        }
        return DraftForm.digest(values);
    }

    /**
     * Whether the section's fields show text that is not saved: the region's figures just put in, or what was posted
     * and differs from what is saved now (a section refused, or not saved because another was in conflict).
     */
    public boolean unsaved(Section section) {
        return prefilled(section) || feedback.isFor(DRAFT_FORM)
                && !DraftForm.digest(sectionFeedback(section).values()).equals(shown(section));
    }

    /** Whether this section's form shows the region's figures put into its text (not saved yet). */
    public boolean prefilled(Section section) {
        return prefill.section().equals(section.section());
    }

    /** The section's text as its form shows it: with the figures put in, or as saved. */
    public String sectionText(Section section) {
        return prefilled(section) ? prefill.text() : section.content().text();
    }

    /** Whether a section's form offers to put the region's figures into its text (a section of free text). */
    public boolean offersFigures(Section section) {
        return figures.insertable() && section.shape() == SectionShape.TEXT;
    }

    /** Where a section's form goes to have the region's figures put into its text. */
    public String figuresAction(Section section) {
        return rowAction("sections", section.section(), "figures");
    }

    public String figureValue(RegionFigure figure) {
        return RegionFiguresPanel.value(figure, lang);
    }

    public String figureNational(RegionFigure figure) {
        return RegionFiguresPanel.national(figure, lang);
    }

    /**
     * The required sections not filled in yet, as reports-service marks them: what the lead still has to do before
     * submitting (the service refuses the submission until then, and names them again).
     */
    public List<Section> missingSections() {
        return version().sections().stream().filter(s -> s.required() && !s.filled()).toList();
    }

    /** Not submitted while the due date has passed (a submitted version's receipt says whether it was late). */
    public boolean overdue() {
        return version().receipt() == null && today.isAfter(report.dueDate());
    }

    /**
     * The last review returned the report, and it still applies: to the version it reviewed, or to the revision the
     * region is writing; a revision sent in since waits for its own review.
     */
    public boolean returned() {
        Review review = report.lastReview();
        return review != null && review.returned()
                && (version().number() == review.version() || ReportViews.DRAFT.equals(version().status()));
    }

    /** The reviewer's comment to answer on this section: the last review's, if it returned the report. */
    public String comment(Section section) {
        return returned() ? report.lastReview().comments().get(section.section()) : null;
    }

    public String commentField(Section section) {
        return COMMENT_FIELD + section.section();
    }

    public boolean savedHere(Section section) {
        return done == Outcome.SECTION_SAVED && savedSections.contains(section.section());
    }

    /**
     * Someone else saved in between: each section this person changed keeps what they typed, and shows what is saved
     * now beside it.
     */
    public boolean conflictIn(Section section) {
        return feedback.isFor(DRAFT_FORM) && feedback.problem().status() == 409 && feedback.problem().code() == null
                && unsaved(section);
    }

    /** The rows of an amounts form: the years saved, then empty ones; after a refusal as many as were posted. */
    public List<AmountRow> rows(Section section) {
        List<YearAmount> saved = section.content().years();
        Map<String, String> values = sectionFeedback(section).values();
        int posted = (int) IntStream.range(0, 100).filter(i -> values.containsKey(SectionInput.yearField(i)))
                .count();
        return IntStream.range(0, Math.max(saved.size() + BLANK_ROWS, posted)).mapToObj(i -> {
            YearAmount row = i < saved.size() ? saved.get(i) : null;
            return new AmountRow(i, row == null || row.year() == null ? "" : row.year().toString(),
                    row == null || row.amount() == null ? "" : EuroAmounts.format(row.amount(), lang));
        }).toList();
    }

    /** An audit entry as a sentence in the page's language ({@link AuditSentence}). */
    public String auditSentence(AuditEntry entry) {
        return AuditSentence.of(entry, Texts.of(ReportMessages.class, lang), lang, this::sectionTitle);
    }

    /** The error summary of a form of this page: each problem linked to where it can be fixed. */
    public List<ErrorLink> errorLinks(String form) {
        if (!feedback.isFor(form)) {
            return List.of();
        }
        ReportMessages texts = Texts.of(ReportMessages.class, lang);
        if (form.equals(DRAFT_FORM)) {
            List<String> order = version().sections().stream().map(Section::section).toList();
            return feedback.errors().stream()
                    .sorted(Comparator.comparingInt(e -> order.indexOf(DraftForm.sectionOf(e.field()))))
                    .map(e -> draftErrorLink(e, texts).in(e.language())).toList();
        }
        String firstSection = version().sections().isEmpty() ? "" : version().sections().get(0).section();
        return feedback.errors().stream()
                .map(e -> ReportErrorLinks.of(form, e.field(), e.message(), firstSection, texts,
                        this::sectionTitle).in(e.language()))
                .toList();
    }

    /** An error of the draft's form ({@code <key>.<field>}, or {@code <key>}): at the field, named with its section. */
    private ErrorLink draftErrorLink(Problem.FieldError error, ReportMessages texts) {
        String section = DraftForm.sectionOf(error.field());
        if (section.equals(error.field())) {
            return new ErrorLink("#" + partId(section), sectionTitle(section), error.message());
        }
        ErrorLink atField = ReportErrorLinks.of(sectionForm(section), error.field().substring(section.length() + 1),
                error.message(), section, texts, this::sectionTitle);
        return new ErrorLink(atField.href(), texts.field_in_section(sectionTitle(section), atField.label()),
                atField.message());
    }

    /** One row of an amounts form, with its fields' names and the values to show. */
    public record AmountRow(int index, String year, String amount) {

        public String yearField() {
            return SectionInput.yearField(index);
        }

        public String amountField() {
            return SectionInput.amountField(index);
        }

        public int number() {
            return index + 1;
        }
    }
}
