package nl.sto.reports.sections;

import nl.sto.contracts.regulation.Names;

/**
 * One section of a report kind as a regulation defines it: a catalogue {@code type} ({@code key} and {@code title}
 * follow from it), or {@code free-text} with the regulation's own key and title.
 */
public record SectionSpec(String type, String key, Names title, Boolean required) {
}
