package nl.sto.monitor.indicators;

import nl.sto.contracts.regulation.Names;

/**
 * An indicator as the monitor team reads it: what is counted, from which source, at which reference date, and how
 * it is broken down. The text is the written definition the research consortium reports with; {@code unit} is a code
 * ({@code percent}, {@code percent change}, {@code locations}) that readers word in their language.
 */
public record Indicator(String id, Names title, Names definition, Names source, Names referenceDate,
        String unit, String breakdownBy) {
}
