package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.sto.contracts.regulation.ObligationKind;
import nl.sto.reports.regulation.RegulationVersion;

/**
 * The obligations of a region admitted under one version of the regulation: that version's dates, moved by every
 * later version in turn. A region registered today that was admitted in 2020 thus shows the same history as a
 * region that lived through the amendments.
 */
public final class ObligationSchedule {

    /** A date one version set and the version that moved it. */
    public record Move(LocalDate from, LocalDate to, RegulationVersion by) {
    }

    /** One obligation as derived: its current date, the version that set it, and how it got there. */
    public record Derived(ObligationKind kind, LocalDate dueDate, RegulationVersion setBy, List<Move> moves) {
    }

    /** The regulation would have the region owe something before it was even admitted. */
    public static final class DueBeforeAdmission extends RuntimeException {

        DueBeforeAdmission(String message) {
            super(message);
        }
    }

    private ObligationSchedule() {
    }

    /**
     * A region never owes anything due before its admission day. The regulation gives no date for such a region,
     * so none is made up: the admission is refused as a whole, saying which deadline it misses.
     */
    public static void requireNotDueBefore(String regionCode, LocalDate admittedOn, List<Derived> derived) {
        derived.stream().filter(d -> d.dueDate().isBefore(admittedOn)).findFirst().ifPresent(d -> {
            throw new DueBeforeAdmission("Region " + regionCode + " was admitted on " + admittedOn + ", after "
                    + d.kind() + " was due on " + d.dueDate() + " (" + d.setBy().legalReference + "); only an "
                    + "amendment of the regulation can give it dates it can meet");
        });
    }

    public static List<Derived> derive(RegulationVersion admittedUnder, List<RegulationVersion> laterVersions) {
        List<Derived> derived = new ArrayList<>();
        for (ObligationKind kind : ObligationKind.values()) {
            LocalDate due = admittedUnder.deadlines().of(kind);
            RegulationVersion setBy = admittedUnder;
            List<Move> moves = new ArrayList<>();
            for (RegulationVersion later : laterVersions) {
                LocalDate next = later.deadlines().of(kind);
                if (!next.equals(due)) {
                    moves.add(new Move(due, next, later));
                    due = next;
                    setBy = later;
                }
            }
            derived.add(new Derived(kind, due, setBy, List.copyOf(moves)));
        }
        return derived;
    }
}
