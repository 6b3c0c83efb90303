package nl.sto.portal.reports;

import java.util.Set;

/**
 * The three shapes of a report section, which decide its form: an aim of the plan (activities and results), euro
 * amounts per year (with an explanation), or a text. reports-service names sections by key; the shape follows from
 * the key the way the service's API documents it.
 */
public enum SectionShape {
    AIM,
    AMOUNTS,
    TEXT;

    private static final Set<String> AMOUNT_SECTIONS = Set.of("cofinancing-realised", "spending-per-year");

    public static SectionShape of(String sectionKey) {
        if (sectionKey.startsWith("aim-")) {
            return AIM;
        }
        return AMOUNT_SECTIONS.contains(sectionKey) ? AMOUNTS : TEXT;
    }
}
