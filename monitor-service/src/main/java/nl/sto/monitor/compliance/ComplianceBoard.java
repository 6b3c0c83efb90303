package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.util.List;

/** The obligations asked for, in the state they are in on {@code today}, the day the states were judged. */
public record ComplianceBoard(LocalDate today, List<ObligationCompliance> obligations) {
}
