package nl.sto.notification.sending;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The reminders in English; the programme's own name stays Dutch, as it is a proper name. */
@Localized("en")
public interface EnglishMailTexts extends MailTexts {

    @Override
    @Message("New obligation: {kind}, due {date}")
    String subject_announcement(String kind, String date);

    @Override
    @Message("Region {region} has a new obligation: {kind}, due {date}. You will be reminded before then. The "
            + "attachment puts the date in your calendar.")
    String lead_announcement(String region, String kind, String date);

    @Override
    @Message("Reminder: {kind} due {date} ({days} days left)")
    String subject_before(String kind, String date, long days);

    @Override
    @Message("In {days} days, on {date}, {kind} of region {region} is due.")
    String lead_before(String region, String kind, String date, long days);

    @Override
    @Message("Today: {kind} is due today")
    String subject_due_day(String kind);

    @Override
    @Message("Today, {date}, {kind} of region {region} is due.")
    String lead_due_day(String region, String kind, String date);

    @Override
    @Message("Overdue: {kind} was due {date}")
    String subject_overdue(String kind, String date);

    @Override
    @Message("{kind} of region {region} was due on {date}. We have not received the report yet; please submit it "
            + "as soon as possible.")
    String lead_overdue(String region, String kind, String date);

    @Override
    @Message("Date moved: {kind} now due {date}")
    String subject_date_moved(String kind, String date);

    @Override
    @Message("The due date of {kind} of region {region} moved from {previous} to {date}, by {reason}. Your "
            + "calendar entry moves with it.")
    String lead_date_moved(String region, String kind, String previous, String date, String reason);

    @Override
    @Message("Returned: {kind}, please resubmit")
    String subject_returned(String kind);

    @Override
    @Message("The ministry returned {kind} of region {region} with comments. Please revise the report and submit "
            + "it again; it is due {date}.")
    String lead_returned(String region, String kind, String date);

    @Override
    @Message("No more reminders: {kind}")
    String subject_calendar_cancel(String kind);

    @Override
    @Message("{kind} of region {region} has been submitted. You will receive no more reminders about it, and the "
            + "calendar entry is cancelled.")
    String lead_calendar_cancel_submitted(String region, String kind);

    @Override
    @Message("Region {region}'s participation has ended. {kind} lapses, with its reminders and calendar entry.")
    String lead_calendar_cancel_withdrawn(String region, String kind);

    @Override
    @Message("This is a milestone: no report needs to be submitted for it.")
    String milestone_note();

    @Override
    @Message("Dear {name},")
    String greeting(String name);

    @Override
    @Message("View the obligation in the portal")
    String open_link();

    @Override
    @Message("Set by: {reference}")
    String set_by(String reference);

    @Override
    @Message("You receive this message as a contact person of region {region} in the Sterk Techniekonderwijs "
            + "programme. Your region maintains its contact persons in the portal.")
    String footer(String region);
}
