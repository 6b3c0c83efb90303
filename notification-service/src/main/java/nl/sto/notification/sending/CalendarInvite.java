package nl.sto.notification.sending;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar entry of one obligation for one recipient: an all-day event on the due date. Its UID is the same in
 * every message to that recipient about that obligation, and its SEQUENCE grows with every change, so a calendar
 * moves (or, with METHOD:CANCEL, removes) the entry it has instead of adding a second one.
 */
public final class CalendarInvite {

    static final String PRODUCT = "-//Sterk Techniekonderwijs//STO platform reminders//NL";

    private CalendarInvite() {
    }

    /** What the entry says and where it points. */
    public record Entry(UUID obligationId, String recipient, String organizer, LocalDate dueDate, int sequence,
            String summary, String description, String link, boolean cancel) {
    }

    /** Stable per obligation and recipient, and tells nothing about the recipient's address. */
    public static String uid(UUID obligationId, String recipient) {
        UUID perRecipient = UUID.nameUUIDFromBytes((obligationId + "|" + recipient.toLowerCase(java.util.Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
        return perRecipient + "@sto-platform";
    }

    /** The iCalendar text; {@code stamp} is when it was written. */
    public static String write(Entry entry, Instant stamp) {
        VEvent event = new VEvent(entry.dueDate(), entry.dueDate().plusDays(1), entry.summary());
        event.add(new Uid(uid(entry.obligationId(), entry.recipient())));
        event.add(new Sequence(entry.sequence()));
        event.removeAll(Property.DTSTAMP);
        event.add(new DtStamp(stamp));
        event.add(new Organizer(URI.create("mailto:" + entry.organizer())));
        event.add(new Attendee(URI.create("mailto:" + entry.recipient())));
        event.add(new Description(entry.description()));
        event.add(new Url(URI.create(entry.link())));
        event.add(new Status(entry.cancel() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar().withProdId(PRODUCT).withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(entry.cancel() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(event).getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the calendar entry", e);
        }
        return out.toString();
    }

    /** The MIME type of the attachment, with the method a calendar client acts on. */
    public static String contentType(boolean cancel) {
        return "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8";
    }
}
