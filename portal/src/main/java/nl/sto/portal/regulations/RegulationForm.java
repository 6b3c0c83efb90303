package nl.sto.portal.regulations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.RegulationViews;
import nl.sto.portal.client.reports.RegulationViews.Draft;
import nl.sto.portal.client.reports.RegulationViews.Due;
import nl.sto.portal.client.reports.RegulationViews.Kind;
import nl.sto.portal.client.reports.RegulationViews.KindDraft;
import nl.sto.portal.client.reports.RegulationViews.Period;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.client.reports.RegulationViews.Section;
import nl.sto.portal.client.reports.RegulationViews.SectionDraft;
import nl.sto.portal.client.reports.RegulationViews.SectionType;
import nl.sto.portal.web.FormFields;

/**
 * The form in which a ministry-admin drafts a regulation, without JavaScript: its fields as typed, as many rows of
 * obligation kinds as were posted (the "add a kind" button posts the form and gets it back with one more), and per
 * kind a choice for every section type of the catalogue and rows of free-text sections (those filled in and one
 * empty). Fields are named like the service's JSON properties ({@code kinds[1].due.date}), so that its refusals
 * land next to them; only sections, which the form shows per type rather than as a list, are translated back
 * ({@link #formField}).
 */
public final class RegulationForm {

    public static final String ID = "draft";
    /** The choice of a catalogue section: not part of the kind's report, required or optional. */
    public static final String LEFT_OUT = "";
    public static final String REQUIRED = "required";
    public static final String OPTIONAL = "optional";
    public static final List<String> DUE_RULES = List.of(RegulationViews.FIXED, RegulationViews.YEARLY,
            RegulationViews.WEEKS_AFTER_GRANT);

    private static final Pattern KIND_INDEX = Pattern.compile("^kinds\\[(\\d+)]\\.");
    private static final Pattern FREE_INDEX = Pattern.compile("^kinds\\[(\\d+)]\\.free\\[(\\d+)]\\.");
    private static final Pattern SENT_SECTION = Pattern.compile("^kinds\\[(\\d+)]\\.sections\\[(\\d+)](.*)$");
    private static final Pattern SENT_KIND = Pattern.compile("^kinds\\[(\\d+)](.*)$");
    private static final String[] KIND_FIELDS = { "code", "name.nl", "name.en", "abbreviation", "due.date",
            "due.month", "due.day", "due.weeks" };

    private final Map<String, String> values;
    private final List<SectionType> catalogue;
    private final boolean saved;
    private final int kindRows;

    /** Filled while the draft is read: which form row each kind sent came from, and each section sent. */
    private final List<Integer> sentKinds = new ArrayList<>();
    private final Map<Integer, List<String>> sentSections = new LinkedHashMap<>();

    private RegulationForm(Map<String, String> values, List<SectionType> catalogue, boolean saved, int kindRows) {
        this.values = Map.copyOf(values);
        this.catalogue = List.copyOf(catalogue);
        this.saved = saved;
        this.kindRows = Math.max(1, kindRows);
    }

    /** An empty form for a new draft, with one kind. */
    public static RegulationForm empty(List<SectionType> catalogue) {
        return new RegulationForm(Map.of(), catalogue, false, 1);
    }

    /** The form as posted; {@code saved}: the draft exists already, so saving it replaces it. */
    public static RegulationForm posted(Map<String, String> values, List<SectionType> catalogue, boolean saved) {
        int rows = values.keySet().stream().map(KIND_INDEX::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(1);
        return new RegulationForm(values, catalogue, saved, Math.min(rows, 50));
    }

    /** A saved draft, to change it. */
    public static RegulationForm of(Regulation draft, List<SectionType> catalogue) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "id", draft.id());
        put(values, "title", draft.title());
        put(values, "legalReference", draft.legalReference());
        put(values, "publishedOn", draft.publishedOn());
        put(values, "effectiveOn", draft.effectiveOn());
        if (draft.period() != null) {
            put(values, "period.from", draft.period().from());
            put(values, "period.to", draft.period().to());
        }
        put(values, "sourceNote", draft.sourceNote());
        put(values, "grantsDecidedOn", draft.grantsDecidedOn());
        for (int i = 0; i < draft.kinds().size(); i++) {
            Kind kind = draft.kinds().get(i);
            String k = "kinds[" + i + "].";
            put(values, k + "code", kind.code());
            put(values, k + "name.nl", kind.name().nl());
            put(values, k + "name.en", kind.name().en());
            put(values, k + "abbreviation", kind.abbreviation());
            put(values, k + "report", Boolean.toString(kind.report()));
            if (kind.due() != null) {
                put(values, k + "due.rule", kind.due().rule());
                put(values, k + "due.date", kind.due().date());
                put(values, k + "due.month", kind.due().month());
                put(values, k + "due.day", kind.due().day());
                put(values, k + "due.weeks", kind.due().weeks());
            }
            int free = 0;
            for (Section section : kind.sections()) {
                String choice = section.required() ? REQUIRED : OPTIONAL;
                if (section.freeText()) {
                    String f = k + "free[" + free++ + "].";
                    put(values, f + "key", section.key());
                    put(values, f + "title.nl", section.title().nl());
                    put(values, f + "title.en", section.title().en());
                    put(values, f + "required", choice);
                } else {
                    put(values, k + "sections." + section.type(), choice);
                }
            }
        }
        return new RegulationForm(values, catalogue, true, draft.kinds().size());
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    /** The same form with one more, empty kind row. */
    public RegulationForm withAnotherKind() {
        return new RegulationForm(values, catalogue, saved, kindRows + 1);
    }

    public boolean saved() {
        return saved;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Map<String, String> values() {
        return values;
    }

    /** The catalogue's section types that a kind chooses from as such (free-text sections have rows of their own). */
    public List<SectionType> sectionTypes() {
        return catalogue.stream().filter(t -> !t.freeText()).toList();
    }

    public List<KindRow> kinds() {
        return IntStream.range(0, kindRows).mapToObj(KindRow::new).toList();
    }

    /**
     * The draft to send. Rows left entirely empty (the one just added, say) are not sent; a milestone (no report)
     * has no sections.
     */
    public Draft draft(FormFields fields) {
        sentKinds.clear();
        sentSections.clear();
        List<KindDraft> kinds = new ArrayList<>();
        LocalDate publishedOn = fields.optionalDate("publishedOn");
        LocalDate effectiveOn = fields.optionalDate("effectiveOn");
        LocalDate from = fields.optionalDate("period.from");
        LocalDate to = fields.optionalDate("period.to");
        LocalDate grantsDecidedOn = fields.optionalDate("grantsDecidedOn");
        for (KindRow row : kinds()) {
            if (row.blank()) {
                continue;
            }
            sentKinds.add(row.index());
            kinds.add(row.draft(fields));
        }
        return fields.request(() -> new Draft(fields.text("id"), fields.text("title"), fields.text("legalReference"),
                publishedOn, effectiveOn, from == null && to == null ? null : new Period(from, to),
                fields.text("sourceNote"), grantsDecidedOn, List.copyOf(kinds)));
    }

    /**
     * The form's field for a field the service named in the draft it was sent: the kind's row (rows left empty
     * were not sent) and, for a section, its choice or the field of its free-text row.
     */
    public String formField(String serviceField) {
        Matcher section = SENT_SECTION.matcher(serviceField);
        if (section.matches()) {
            int kind = Integer.parseInt(section.group(1));
            int index = Integer.parseInt(section.group(2));
            List<String> sent = sentSections.getOrDefault(rowOf(kind), List.of());
            if (index < sent.size()) {
                String field = sent.get(index);
                String rest = section.group(3);
                // A free-text row's field names follow the service's (key, title.nl, ...); a catalogue choice is
                // one field for all of its section.
                return field.endsWith(".key") && rest.startsWith(".") && !rest.equals(".type")
                        ? field.substring(0, field.length() - "key".length()) + rest.substring(1)
                        : field;
            }
            return "kinds[" + rowOf(kind) + "].sections";
        }
        Matcher kind = SENT_KIND.matcher(serviceField);
        if (kind.matches()) {
            return "kinds[" + rowOf(Integer.parseInt(kind.group(1))) + "]" + kind.group(2);
        }
        if (serviceField.startsWith("period") && !serviceField.contains(".")) {
            return "period.from";
        }
        return serviceField;
    }

    /** The service's refusal with its fields named as the form names them. */
    public Problem inFormTerms(Problem refused) {
        return refused.withErrors(e -> e.on(formField(e.field())));
    }

    private int rowOf(int sentKind) {
        return sentKind < sentKinds.size() ? sentKinds.get(sentKind) : sentKind;
    }

    /** One obligation kind's rows of the form. */
    public final class KindRow {

        private final int index;

        KindRow(int index) {
            this.index = index;
        }

        public int index() {
            return index;
        }

        public int number() {
            return index + 1;
        }

        /** The kind's own name in the service's terms, e.g. {@code kinds[0]}. */
        public String path() {
            return "kinds[" + index + "]";
        }

        /** The name of one of the kind's fields, e.g. {@code kinds[0].due.date}. */
        public String field(String name) {
            return "kinds[" + index + "]." + name;
        }

        public String sectionField(String type) {
            return field("sections." + type);
        }

        public String value(String name) {
            return RegulationForm.this.value(field(name));
        }

        public boolean report() {
            return !"false".equals(value("report"));
        }

        public String reportValue() {
            return Boolean.toString(report());
        }

        public String dueRule() {
            String rule = value("due.rule");
            return rule.isEmpty() ? RegulationViews.FIXED : rule;
        }

        public String sectionChoice(String type) {
            return value("sections." + type);
        }

        /** The free-text sections typed so far, and one empty row. */
        public List<FreeRow> freeRows() {
            int filled = values.keySet().stream().map(FREE_INDEX::matcher).filter(Matcher::find)
                    .filter(m -> Integer.parseInt(m.group(1)) == index)
                    .mapToInt(m -> Integer.parseInt(m.group(2)) + 1).max().orElse(0);
            List<FreeRow> rows = new ArrayList<>();
            int last = -1;
            for (int j = 0; j < filled; j++) {
                if (!new FreeRow(this, j).blank()) {
                    last = j;
                }
            }
            for (int j = 0; j <= last + 1; j++) {
                rows.add(new FreeRow(this, j));
            }
            return rows;
        }

        boolean blank() {
            for (String name : KIND_FIELDS) {
                if (!value(name).isBlank()) {
                    return false;
                }
            }
            return sectionTypes().stream().allMatch(t -> sectionChoice(t.type()).isEmpty())
                    && freeRows().stream().allMatch(FreeRow::blank);
        }

        KindDraft draft(FormFields fields) {
            String rule = dueRule();
            Due due = switch (rule) {
                case RegulationViews.YEARLY -> new Due(rule, null, fields.optionalNumber(field("due.month")),
                        fields.optionalNumber(field("due.day")), null);
                case RegulationViews.WEEKS_AFTER_GRANT -> new Due(rule, null, null, null,
                        fields.optionalNumber(field("due.weeks")));
                default -> new Due(rule, fields.optionalDate(field("due.date")), null, null, null);
            };
            List<SectionDraft> sections = new ArrayList<>();
            List<String> sent = new ArrayList<>();
            if (report()) {
                for (SectionType type : sectionTypes()) {
                    String choice = sectionChoice(type.type());
                    if (!choice.isEmpty()) {
                        sections.add(new SectionDraft(type.type(), null, null, REQUIRED.equals(choice)));
                        sent.add(sectionField(type.type()));
                    }
                }
                for (FreeRow free : freeRows()) {
                    if (!free.blank()) {
                        sections.add(new SectionDraft(RegulationViews.FREE_TEXT, fields.text(free.field("key")),
                                new Names(fields.text(free.field("title.nl")), fields.text(free.field("title.en"))),
                                !OPTIONAL.equals(free.value("required"))));
                        sent.add(free.field("key"));
                    }
                }
            }
            sentSections.put(index, sent);
            return new KindDraft(fields.text(field("code")), new Names(fields.text(field("name.nl")),
                    fields.text(field("name.en"))), fields.text(field("abbreviation")), report(), due,
                    List.copyOf(sections));
        }
    }

    /** A free-text section of a kind: its own key and title. */
    public record FreeRow(KindRow kind, int index) {

        public String field(String name) {
            return kind.field("free[" + index + "]." + name);
        }

        public String value(String name) {
            return kind.value("free[" + index + "]." + name);
        }

        public int number() {
            return index + 1;
        }

        boolean blank() {
            return value("key").isBlank() && value("title.nl").isBlank() && value("title.en").isBlank();
        }
    }
}
