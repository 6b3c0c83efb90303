package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.Map;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.validation.ProgrammeDate;
import nl.sto.common.validation.ProgrammeDateValidator;
import nl.sto.contracts.regulation.ObligationKind;

/** What an amendment must respect before it may re-date anyone's obligations. */
public final class AmendmentRules {

    private AmendmentRules() {
    }

    /** The deadlines the amendment leads to from {@code current}; a 400 naming the field when it may not. */
    public static Deadlines check(Amendment amendment, RegulationVersion current) {
        for (Map.Entry<ObligationKind, LocalDate> deadline : amendment.deadlines().entrySet()) {
            if (deadline.getValue() == null) {
                throw ProblemException.badRequest(field(deadline.getKey()), "must be a date");
            }
            if (!ProgrammeDateValidator.isWithin(deadline.getValue())) {
                throw ProblemException.badRequest(field(deadline.getKey()), "must lie between "
                        + ProgrammeDate.FIRST_DAY + " and " + ProgrammeDate.LAST_DAY);
            }
            if (deadline.getValue().isBefore(amendment.publishedOn())) {
                throw ProblemException.badRequest(field(deadline.getKey()), "moves the deadline to "
                        + deadline.getValue() + ", before the amendment's publication on " + amendment.publishedOn()
                        + "; nobody can meet a deadline set after it passed");
            }
        }
        if (amendment.effectiveOn().isBefore(current.effectiveOn)) {
            throw ProblemException.badRequest("effectiveOn", "must not lie before " + current.effectiveOn
                    + ", when the version in force (" + current.legalReference + ") took effect");
        }
        Deadlines next = current.deadlines().with(amendment.deadlines());
        if (next.spendingPeriodEnd().isAfter(next.finalReport())) {
            throw ProblemException.badRequest(field(ObligationKind.SPENDING_PERIOD_END), "the spending period would "
                    + "end on " + next.spendingPeriodEnd() + ", after the final report is due on "
                    + next.finalReport() + "; the final report accounts for the whole spending period");
        }
        if (current.deadlines().changesTo(next).isEmpty()) {
            throw ProblemException.badRequest("deadlines", "changes no deadline of the version in force ("
                    + current.legalReference + ")");
        }
        return next;
    }

    private static String field(ObligationKind kind) {
        return "deadlines." + kind.name();
    }
}
