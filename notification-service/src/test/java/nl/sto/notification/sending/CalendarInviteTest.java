package nl.sto.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

class CalendarInviteTest {

    private static final UUID OBLIGATION = UUID.fromString("0b7f1c52-4a0e-4c59-9d0b-3d3f2c7a9e11");

    @Test
    void anAllDayEventOnTheDueDateThatParsesBack() throws Exception {
        Calendar calendar = parse(CalendarInvite.write(entry("lead@regio.example.nl", 0, false),
                Instant.parse("2027-01-04T08:00:00Z")));
        assertThat(property(calendar, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE")
                .contains("20270315");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270316");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Voortgangsrapportage – R01 Emmen");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:lead@regio.example.nl");
        assertThat(value(event, Property.URL)).isEqualTo("http://127.0.0.1:8080/school/regions/R01");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void theUidIsStablePerObligationAndRecipientSoAMovedDateMovesTheEntry() throws Exception {
        VEvent first = event(CalendarInvite.write(entry("lead@regio.example.nl", 0, false), Instant.now()));
        VEvent moved = event(CalendarInvite.write(entry("lead@regio.example.nl", 1, false), Instant.now()));
        VEvent other = event(CalendarInvite.write(entry("school@regio.example.nl", 0, false), Instant.now()));
        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(other, Property.UID)).isNotEqualTo(value(first, Property.UID));
        assertThat(value(first, Property.UID)).doesNotContain("lead");
    }

    @Test
    void aCancelCarriesMethodCancelAndTheSameUid() throws Exception {
        String text = CalendarInvite.write(entry("lead@regio.example.nl", 2, true), Instant.now());
        Calendar calendar = parse(text);
        assertThat(property(calendar, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.UID)).isEqualTo(CalendarInvite.uid(OBLIGATION, "lead@regio.example.nl"));
        assertThat(CalendarInvite.contentType(true)).startsWith("text/calendar; method=CANCEL");
    }

    private static CalendarInvite.Entry entry(String recipient, int sequence, boolean cancel) {
        return new CalendarInvite.Entry(OBLIGATION, recipient, "herinneringen@sto-platform.local",
                LocalDate.of(2027, 3, 15), sequence, "Voortgangsrapportage – R01 Emmen", "Uiterlijk 15 maart 2027.",
                "http://127.0.0.1:8080/school/regions/R01", cancel);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(String text) throws Exception {
        return (VEvent) parse(text).getComponent("VEVENT").orElseThrow();
    }

    private static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
