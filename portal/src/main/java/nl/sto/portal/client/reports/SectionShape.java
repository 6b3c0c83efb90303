package nl.sto.portal.client.reports;

/**
 * The three shapes of a report section, which decide its form: an aim of the plan (activities and results), euro
 * amounts per year (with an explanation), or a text. reports-service gives each section's shape with it.
 */
public enum SectionShape {
    AIM,
    AMOUNTS,
    TEXT
}
