package nl.sto.portal.client.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three shapes of a report section, which decide its form: an aim of the plan (activities and results), euro
 * amounts per year (with an explanation), or a text. reports-service gives each section's shape with it.
 */
public enum SectionShape {
    AIM,
    AMOUNTS,
    TEXT;

    /** The shape of this name; none for a name that is none of them (or none at all). */
    public static Optional<SectionShape> named(String name) {
        return Arrays.stream(values()).filter(shape -> shape.name().equals(name)).findFirst();
    }
}
