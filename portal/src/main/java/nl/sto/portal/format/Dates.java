package nl.sto.portal.format;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.sto.portal.UiLanguage;

/** Dates written out as people read them: {@code 1 februari 2021} / {@code 1 February 2021}. */
public final class Dates {

    /** The programme is Dutch: moments are shown in Dutch time, whatever the server's zone. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Amsterdam");

    private Dates() {
    }

    public static String format(LocalDate date, UiLanguage language) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
    }

    public static String format(OffsetDateTime moment, UiLanguage language) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale())
                .format(moment.atZoneSameInstant(PROGRAMME_ZONE));
    }
}
