package nl.sto.contracts.regulation;

import java.time.LocalDate;

/** One deadline an amendment moves: the obligation kind's code, its date before and after. */
public record DeadlineChange(String kind, LocalDate from, LocalDate to) {
}
