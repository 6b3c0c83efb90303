package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nl.sto.common.time.ProgrammeClock;

/**
 * The rules of the board, judged against a day (today by the programme's clock): they depend only on the facts, never
 * on the order in which the events brought them. Deadlines are Dutch calendar days, as reports-service judges them.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    /**
     * Accepted once a version was accepted. Returned while the last version sent back is the last one submitted.
     * Submitted on time or late by the first submission. Otherwise overdue the day after the due date, open before.
     */
    public static ComplianceState state(TrackedObligation obligation, LocalDate today) {
        if (obligation.acceptedVersion() != null) {
            return ComplianceState.ACCEPTED;
        }
        if (obligation.returnedVersion() != null && (obligation.submittedVersion() == null
                || obligation.returnedVersion() >= obligation.submittedVersion())) {
            return ComplianceState.RETURNED;
        }
        if (obligation.firstSubmittedAt() != null) {
            return Boolean.FALSE.equals(onTime(obligation)) ? ComplianceState.SUBMITTED_LATE
                    : ComplianceState.SUBMITTED_ON_TIME;
        }
        LocalDate due = dueDate(obligation);
        return due != null && today.isAfter(due) ? ComplianceState.OVERDUE : ComplianceState.OPEN;
    }

    /**
     * Whether the first submission fell on or before the due date in force now: an amendment that moved the date
     * moves the judgment with it, and a resubmission after a return does not change it. Null while nothing was
     * submitted, or while no due date is known.
     */
    public static Boolean onTime(TrackedObligation obligation) {
        LocalDate due = dueDate(obligation);
        if (obligation.firstSubmittedAt() == null || due == null) {
            return null;
        }
        return !day(obligation.firstSubmittedAt()).isAfter(due);
    }

    /** The regulation's due date; until that is known, the one the report events named. */
    public static LocalDate dueDate(TrackedObligation obligation) {
        return obligation.dueDate() != null ? obligation.dueDate() : obligation.reportedDueDate();
    }

    /**
     * Why the obligation puts its region at risk, most severe first: it is overdue; reminders about it fail while
     * the region still has to act; it is due within {@code dueSoonDays} days and nobody started the report. A closed
     * region is at risk no more.
     */
    public static List<RiskReason> risks(TrackedObligation obligation, LocalDate today, int dueSoonDays) {
        List<RiskReason> reasons = new ArrayList<>();
        if (obligation.regionClosedOn() != null && !obligation.regionClosedOn().isAfter(today)) {
            return reasons;
        }
        ComplianceState state = state(obligation, today);
        if (state == ComplianceState.OVERDUE) {
            reasons.add(RiskReason.OVERDUE);
        }
        if (state.awaitsRegion() && obligation.reminders().failing()) {
            reasons.add(RiskReason.REMINDERS_FAILING);
        }
        if (state == ComplianceState.OPEN && obligation.draftStartedAt() == null
                && dueWithin(dueDate(obligation), today, dueSoonDays)) {
            reasons.add(RiskReason.DUE_SOON_WITHOUT_DRAFT);
        }
        return reasons;
    }

    /** Days from today to the due date: negative once it has passed. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    private static boolean dueWithin(LocalDate due, LocalDate today, int days) {
        return due != null && !due.isBefore(today) && daysLeft(due, today) <= days;
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ProgrammeClock.ZONE).toLocalDate();
    }
}
