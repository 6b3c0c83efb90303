package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.validation.ProgrammeDate;
import nl.sto.common.validation.ProgrammeDateValidator;
import nl.sto.contracts.regulation.Names;
import nl.sto.reports.regulation.RegulationDraft.KindDraft;
import nl.sto.reports.sections.SectionSpec;
import nl.sto.reports.sections.SectionType;

/**
 * What a drafted regulation must be before it can be saved and published, field by field. The database holds the
 * same formats and the uniqueness of abbreviations (see V4__regulations_as_data.sql).
 */
public final class RegulationRules {

    public static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    public static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9]{0,11}");
    public static final Pattern SECTION_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final int MAX_KINDS = 50;
    static final int MAX_SECTIONS = 30;
    static final int MAX_WEEKS = 520;

    private RegulationRules() {
    }

    /** Every problem of the draft; empty when it may be saved and published. */
    public static List<FieldError> problems(RegulationDraft draft) {
        List<FieldError> problems = new ArrayList<>();
        matches("id", draft.id(), ID, "capitals, digits and hyphens, 3 to 40 (such as STO-2029-2032)", problems);
        text("title", draft.title(), 300, problems);
        text("legalReference", draft.legalReference(), 200, problems);
        text("sourceNote", draft.sourceNote(), 4000, problems);
        date("publishedOn", draft.publishedOn(), problems);
        date("effectiveOn", draft.effectiveOn(), problems);
        if (draft.publishedOn() != null && draft.effectiveOn() != null
                && draft.effectiveOn().isBefore(draft.publishedOn())) {
            problems.add(new FieldError("effectiveOn", FieldErrorCode.NOT_BEFORE, "must not lie before the publication on "
                    + draft.publishedOn(), Map.of("date", draft.publishedOn().toString())));
        }
        boolean periodKnown = period(draft, problems);
        if (draft.grantsDecidedOn() != null) {
            date("grantsDecidedOn", draft.grantsDecidedOn(), problems);
        }
        if (draft.kinds() == null || draft.kinds().isEmpty()) {
            problems.add(new FieldError("kinds", FieldErrorCode.REQUIRED, "must list at least one obligation kind"));
        } else if (draft.kinds().size() > MAX_KINDS) {
            problems.add(new FieldError("kinds", FieldErrorCode.TOO_LONG,
                    "must list at most " + MAX_KINDS + " obligation kinds", Map.of("max", String.valueOf(MAX_KINDS))));
        } else {
            Set<String> codes = new HashSet<>();
            Set<String> abbreviations = new HashSet<>();
            for (int i = 0; i < draft.kinds().size(); i++) {
                kind("kinds[" + i + "]", draft.kinds().get(i), draft, periodKnown, codes, abbreviations, problems);
            }
        }
        return problems;
    }

    private static boolean period(RegulationDraft draft, List<FieldError> problems) {
        if (draft.period() == null) {
            problems.add(new FieldError("period", FieldErrorCode.REQUIRED, "is required"));
            return false;
        }
        int before = problems.size();
        date("period.from", draft.period().from(), problems);
        date("period.to", draft.period().to(), problems);
        if (problems.size() == before && !draft.period().from().isBefore(draft.period().to())) {
            problems.add(new FieldError("period.to", FieldErrorCode.NOT_BEFORE, "must lie after the period's first day "
                    + draft.period().from(), Map.of("date", draft.period().from().plusDays(1).toString())));
        }
        return problems.size() == before;
    }

    private static void kind(String field, KindDraft kind, RegulationDraft draft, boolean periodKnown,
            Set<String> codes, Set<String> abbreviations, List<FieldError> problems) {
        if (kind == null) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
            return;
        }
        if (matches(field + ".code", kind.code(), CODE, "capitals, digits and _, 2 to 40 (such as ACTIVITY_PLAN)",
                problems) && !codes.add(kind.code())) {
            problems.add(new FieldError(field + ".code", FieldErrorCode.DUPLICATE, "appears twice in this regulation"));
        }
        names(field + ".name", kind.name(), problems);
        if (matches(field + ".abbreviation", kind.abbreviation(), ABBREVIATION,
                "a capital, then capitals or digits, at most 12 (such as AP25); receipts quote it", problems)
                && !abbreviations.add(kind.abbreviation())) {
            problems.add(new FieldError(field + ".abbreviation", FieldErrorCode.DUPLICATE,
                    "appears twice in this regulation"));
        }
        if (kind.report() == null) {
            problems.add(new FieldError(field + ".report", FieldErrorCode.REQUIRED,
                    "is required: true for a report, false for a milestone"));
        }
        due(field + ".due", kind.due(), draft, periodKnown, problems);
        sections(field + ".sections", kind, problems);
    }

    private static void due(String field, Due due, RegulationDraft draft, boolean periodKnown,
            List<FieldError> problems) {
        if (due == null || due.rule() == null) {
            problems.add(new FieldError(field + ".rule", FieldErrorCode.REQUIRED,
                    "is required: FIXED, YEARLY or WEEKS_AFTER_GRANT"));
            return;
        }
        switch (due.rule()) {
            case FIXED -> {
                unused(field, due.month() != null || due.day() != null || due.weeks() != null, problems);
                if (date(field + ".date", due.date(), problems) && periodKnown) {
                    fixedDate(field + ".date", due.date(), draft, problems);
                }
            }
            case YEARLY -> {
                unused(field, due.date() != null || due.weeks() != null, problems);
                yearly(field, due, problems);
            }
            case WEEKS_AFTER_GRANT -> {
                unused(field, due.date() != null || due.month() != null || due.day() != null, problems);
                if (due.weeks() == null || due.weeks() < 1 || due.weeks() > MAX_WEEKS) {
                    problems.add(FieldError.range(field + ".weeks", 1, MAX_WEEKS,
                            "must be a number of weeks from 1 to " + MAX_WEEKS));
                }
            }
            default -> throw new IllegalStateException("Unknown rule " + due.rule());
        }
    }

    /** A due date lies within the regulation's period and not before its publication: nobody can meet it then. */
    private static void fixedDate(String field, LocalDate date, RegulationDraft draft, List<FieldError> problems) {
        if (date.isBefore(draft.period().from()) || date.isAfter(draft.period().to())) {
            problems.add(new FieldError(field, FieldErrorCode.OUTSIDE_PERIOD, date + " lies outside the regulation's period ("
                    + draft.period().from() + " to " + draft.period().to() + ")",
                    Map.of("from", draft.period().from().toString(), "to", draft.period().to().toString())));
        } else if (draft.publishedOn() != null && date.isBefore(draft.publishedOn())) {
            problems.add(new FieldError(field, FieldErrorCode.NOT_BEFORE, date + " lies before the regulation's publication on "
                    + draft.publishedOn() + "; nobody can meet a deadline set after it passed",
                    Map.of("date", draft.publishedOn().toString())));
        }
    }

    private static void yearly(String field, Due due, List<FieldError> problems) {
        if (due.month() == null || due.month() < 1 || due.month() > 12) {
            problems.add(FieldError.range(field + ".month", 1, 12, "must be a month from 1 to 12"));
        } else if (due.day() == null || due.day() < 1 || due.day() > Month.of(due.month()).maxLength()) {
            problems.add(FieldError.range(field + ".day", 1, Month.of(due.month()).maxLength(),
                    "must be a day of month " + due.month() + " (1 to " + Month.of(due.month()).maxLength() + ")"));
        }
    }

    private static void unused(String field, boolean given, List<FieldError> problems) {
        if (given) {
            problems.add(new FieldError(field, "gives values its rule does not use"));
        }
    }

    private static void sections(String field, KindDraft kind, List<FieldError> problems) {
        List<SectionSpec> sections = kind.sections() == null ? List.of() : kind.sections();
        if (Boolean.FALSE.equals(kind.report())) {
            if (!sections.isEmpty()) {
                problems.add(new FieldError(field, "must be empty: a milestone has no report"));
            }
            return;
        }
        if (sections.isEmpty()) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED,
                    "must list at least one section: a report needs something to write"));
            return;
        }
        if (sections.size() > MAX_SECTIONS) {
            problems.add(new FieldError(field, FieldErrorCode.TOO_LONG,
                    "must list at most " + MAX_SECTIONS + " sections", Map.of("max", String.valueOf(MAX_SECTIONS))));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < sections.size(); j++) {
            section(field + "[" + j + "]", sections.get(j), keys, problems);
        }
    }

    private static void section(String field, SectionSpec spec, Set<String> keys, List<FieldError> problems) {
        if (spec == null) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
            return;
        }
        if (spec.required() == null) {
            problems.add(new FieldError(field + ".required", FieldErrorCode.REQUIRED, "is required: true or false"));
        }
        SectionType type = spec.type() == null ? null : SectionType.byKey(spec.type()).orElse(null);
        if (type == null) {
            problems.add(new FieldError(field + ".type", "must be one of " + java.util.Arrays.stream(
                    SectionType.values()).map(SectionType::key).toList()));
            return;
        }
        String key = type == SectionType.FREE_TEXT ? spec.key() : type.key();
        if (type == SectionType.FREE_TEXT) {
            if (matches(field + ".key", spec.key(), SECTION_KEY, "small letters, digits and hyphens, 2 to 40",
                    problems) && SectionType.byKey(spec.key()).isPresent()) {
                problems.add(new FieldError(field + ".key", "is the name of a catalogue section; choose another"));
            }
            names(field + ".title", spec.title(), problems);
        } else if ((spec.key() != null && !spec.key().equals(type.key())) || spec.title() != null) {
            problems.add(new FieldError(field, "a catalogue section takes its key and title from the catalogue"));
        }
        if (key != null && !keys.add(key)) {
            problems.add(new FieldError(field + ".key", FieldErrorCode.DUPLICATE, key + " appears twice in this report"));
        }
    }

    private static void names(String field, Names names, List<FieldError> problems) {
        if (names == null) {
            problems.add(new FieldError(field + ".nl", FieldErrorCode.REQUIRED, "is required"));
            problems.add(new FieldError(field + ".en", FieldErrorCode.REQUIRED, "is required"));
            return;
        }
        text(field + ".nl", names.nl(), 200, problems);
        text(field + ".en", names.en(), 200, problems);
    }

    private static void text(String field, String value, int max, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
        } else if (value.length() > max) {
            problems.add(FieldError.tooLong(field, max));
        }
    }

    private static boolean matches(String field, String value, Pattern pattern, String expected,
            List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            problems.add(new FieldError(field, FieldErrorCode.PATTERN, "must be " + expected));
            return false;
        }
        return true;
    }

    private static boolean date(String field, LocalDate value, List<FieldError> problems) {
        if (value == null) {
            problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
            return false;
        }
        if (!ProgrammeDateValidator.isWithin(value)) {
            problems.add(FieldError.range(field, ProgrammeDate.FIRST_DAY, ProgrammeDate.LAST_DAY,
                    "must lie between " + ProgrammeDate.FIRST_DAY + " and " + ProgrammeDate.LAST_DAY));
            return false;
        }
        return true;
    }
}
