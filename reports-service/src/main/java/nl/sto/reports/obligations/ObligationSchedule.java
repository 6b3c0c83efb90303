package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationVersion;
import nl.sto.reports.regulation.RegulationVersionRepository;

/**
 * What a region owes under one regulation it takes part in. A fixed date comes from the version in force on the
 * region's admission day, moved by every later version in turn, so a region registered today that was admitted in
 * 2020 shows the same history as a region that lived through the amendments. A yearly kind falls due in every year
 * of the period; a kind counted from the grant decision from the region's own. Nothing is owed that fell due before
 * the region was admitted: the regulation gives such a region no date it could meet, and none is made up.
 */
public final class ObligationSchedule {

    /** A region taking part: admitted to the programme on one day, its grant under this regulation decided on another. */
    public record Participant(String regionCode, LocalDate admittedOn, LocalDate grantDecidedOn) {

        /** A region joins a regulation whose period has not ended when it is admitted, from its grant decision. */
        public static Participant of(Regulation regulation, Admission admission) {
            LocalDate decided = admission.admittedOn.isAfter(regulation.grantsDecided()) ? admission.admittedOn
                    : regulation.grantsDecided();
            return new Participant(admission.regionCode, admission.admittedOn, decided);
        }
    }

    /** A date one version set and the version that moved it. */
    public record Move(LocalDate from, LocalDate to, RegulationVersion by) {
    }

    /** One obligation as derived: its kind and year, its date, the version that set it, and how it got there. */
    public record Derived(KindDefinition kind, int occurrence, LocalDate dueDate, RegulationVersion setBy,
            List<Move> moves) {
    }

    private ObligationSchedule() {
    }

    public static boolean takesPart(Regulation regulation, Admission admission) {
        return !admission.admittedOn.isAfter(regulation.periodTo);
    }

    /** What the participant owes; {@code versions} oldest first, {@code kinds} in the regulation's order. */
    public static List<Derived> owed(Regulation regulation, List<KindDefinition> kinds,
            List<RegulationVersion> versions, Participant participant) {
        return all(regulation, kinds, versions, participant).stream().filter(d -> isOwed(d, participant)).toList();
    }

    /** Owed: falls due on or after the admission day; what fell due before is shown in the preview as not owed. */
    public static boolean isOwed(Derived derived, Participant participant) {
        return !derived.dueDate().isBefore(participant.admittedOn());
    }

    /** What fell due before the participant was admitted, so is not owed. */
    public static List<Derived> notOwed(Regulation regulation, List<KindDefinition> kinds,
            List<RegulationVersion> versions, Participant participant) {
        return all(regulation, kinds, versions, participant).stream().filter(d -> !isOwed(d, participant)).toList();
    }

    /** Everything the regulation sets for the participant, owed or not. */
    public static List<Derived> all(Regulation regulation, List<KindDefinition> kinds,
            List<RegulationVersion> versions, Participant participant) {
        RegulationVersion admittedUnder = RegulationVersionRepository.inForceOn(versions, participant.admittedOn());
        List<RegulationVersion> later = versions.stream().filter(v -> v.number > admittedUnder.number).toList();
        List<Derived> derived = new ArrayList<>();
        for (KindDefinition kind : kinds) {
            switch (kind.dueRule) {
                case FIXED -> derived.add(fixed(kind, admittedUnder, later));
                case YEARLY -> derived.addAll(yearly(regulation, kind, versions.get(0)));
                case WEEKS_AFTER_GRANT -> {
                    LocalDate due = participant.grantDecidedOn().plusWeeks(kind.dueWeeks);
                    if (!due.isAfter(regulation.periodTo)) {
                        derived.add(new Derived(kind, 0, due, versions.get(0), List.of()));
                    }
                }
                default -> throw new IllegalStateException("Unknown rule " + kind.dueRule);
            }
        }
        return derived;
    }

    private static Derived fixed(KindDefinition kind, RegulationVersion admittedUnder,
            List<RegulationVersion> later) {
        LocalDate due = admittedUnder.deadlines().of(kind.code);
        RegulationVersion setBy = admittedUnder;
        List<Move> moves = new ArrayList<>();
        for (RegulationVersion version : later) {
            LocalDate next = version.deadlines().of(kind.code);
            if (next != null && !next.equals(due)) {
                moves.add(new Move(due, next, version));
                due = next;
                setBy = version;
            }
        }
        return new Derived(kind, 0, due, setBy, List.copyOf(moves));
    }

    /** Every year of the period on the kind's day (the 28th in a February without a 29th), within the period. */
    private static List<Derived> yearly(Regulation regulation, KindDefinition kind, RegulationVersion first) {
        List<Derived> derived = new ArrayList<>();
        for (int year = regulation.periodFrom.getYear(); year <= regulation.periodTo.getYear(); year++) {
            LocalDate firstOfMonth = LocalDate.of(year, kind.dueMonth, 1);
            LocalDate due = firstOfMonth.withDayOfMonth(Math.min(kind.dueDay, firstOfMonth.lengthOfMonth()));
            if (!due.isBefore(regulation.periodFrom) && !due.isAfter(regulation.periodTo)) {
                derived.add(new Derived(kind, year, due, first, List.of()));
            }
        }
        return derived;
    }
}
