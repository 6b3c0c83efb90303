package nl.sto.contracts.regulation;

import java.time.LocalDate;

/** One deadline an amendment moves: the kind of obligation, its date before and after. */
public record DeadlineChange(ObligationKind kind, LocalDate from, LocalDate to) {
}
