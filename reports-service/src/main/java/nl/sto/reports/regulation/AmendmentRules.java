package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.validation.ProgrammeDate;
import nl.sto.common.validation.ProgrammeDateValidator;

/** What an amendment must respect before it may re-date anyone's obligations under its regulation. */
public final class AmendmentRules {

    private AmendmentRules() {
    }

    /** The deadlines the amendment leads to from {@code current}; a 400 naming the field when it may not. */
    public static Deadlines check(Amendment amendment, Regulation regulation, List<KindDefinition> kinds,
            RegulationVersion current) {
        for (Map.Entry<String, LocalDate> deadline : amendment.deadlines().entrySet()) {
            String field = "deadlines." + deadline.getKey();
            KindDefinition kind = kinds.stream().filter(k -> k.code.equals(deadline.getKey())).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest(field, "is not an obligation kind of "
                            + regulation.id + "; its kinds are " + kinds.stream().map(k -> k.code).toList()));
            if (kind.dueRule != Due.Rule.FIXED) {
                throw ProblemException.badRequest(field, "falls due by a rule (" + kind.dueRule
                        + "), not on a date an amendment can move");
            }
            LocalDate date = deadline.getValue();
            if (date == null) {
                throw ProblemException.badRequest(field, FieldErrorCode.REQUIRED, "must be a date");
            }
            if (!ProgrammeDateValidator.isWithin(date)) {
                throw ProblemException.badRequest(field, FieldErrorCode.RANGE, Map.of("min",
                        ProgrammeDate.FIRST_DAY.toString(), "max", ProgrammeDate.LAST_DAY.toString()),
                        "must lie between " + ProgrammeDate.FIRST_DAY + " and " + ProgrammeDate.LAST_DAY);
            }
            if (date.isBefore(regulation.periodFrom) || date.isAfter(regulation.periodTo)) {
                throw ProblemException.badRequest(field, FieldErrorCode.OUTSIDE_PERIOD, Map.of("from",
                        regulation.periodFrom.toString(), "to", regulation.periodTo.toString()),
                        "moves the deadline to " + date + ", outside the regulation's period ("
                                + regulation.periodFrom + " to " + regulation.periodTo + ")");
            }
            if (date.isBefore(amendment.publishedOn())) {
                throw ProblemException.badRequest(field, FieldErrorCode.NOT_BEFORE,
                        Map.of("date", amendment.publishedOn().toString()), "moves the deadline to " + date
                                + ", before the amendment's publication on " + amendment.publishedOn()
                                + "; nobody can meet a deadline set after it passed");
            }
        }
        if (amendment.effectiveOn().isBefore(current.effectiveOn)) {
            throw ProblemException.badRequest("effectiveOn", FieldErrorCode.NOT_BEFORE,
                    Map.of("date", current.effectiveOn.toString()), "must not lie before " + current.effectiveOn
                            + ", when the version in force (" + current.legalReference + ") took effect");
        }
        Deadlines next = current.deadlines().with(amendment.deadlines());
        if (current.deadlines().changesTo(next).isEmpty()) {
            throw ProblemException.badRequest("deadlines", FieldErrorCode.NO_CHANGE, Map.of(),
                    "changes no deadline of the version in force (" + current.legalReference + ")");
        }
        return next;
    }
}
