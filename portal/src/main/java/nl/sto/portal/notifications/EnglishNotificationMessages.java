package nl.sto.portal.notifications;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.web.Outcome;

/** English texts of the reminder pages. */
@Localized("en")
public interface EnglishNotificationMessages extends NotificationMessages {

    @Override
    @Message("Reminders")
    String overview_title();

    @Override
    @Message("The e-mails that remind the contact persons of every region of their deadlines. Messages that could "
            + "not be delivered are at the top. To pause or resume one region's reminders, go to that region's page, "
            + "under Reminders.")
    String overview_intro();

    @Override
    @Message("View the reminder templates")
    String templates_link();

    @Override
    @Message("Filter by status")
    String filter_legend();

    @Override
    @Message("Filter")
    String button_filter();

    @Override
    @Message("Show all statuses")
    String button_all();

    @Override
    @Message("Messages")
    String list_title();

    @Override
    @Message("{#if filtered}No messages with this status.{#else}There are no reminders yet.{/if}")
    String list_empty(boolean filtered);

    @Override
    @Message("Resend")
    String button_resend();

    @Override
    @Message("The message was not resent:")
    String resend_refused();

    @Override
    @Message("To the message")
    String to_the_message();

    @Override
    @Message("Messages, failed ones first")
    String list_caption();

    @Override
    @Message("{#when outcome}{#is REMINDER_RESENT}The message is ready to be sent again; its status below shows how it "
            + "goes.{#else}{/when}")
    String done(Outcome outcome);

    @Override
    @Message("Reminder")
    String reminder_title();

    @Override
    @Message("Back to the reminders of {region}")
    String back_to_region(String region);

    @Override
    @Message("Back to the reminder overview")
    String back_to_overview();

    @Override
    @Message("Region")
    String field_region();

    @Override
    @Message("Deadline")
    String field_due();

    @Override
    @Message("Version of the deadline")
    String field_deadline_version();

    @Override
    @Message("Version of the template")
    String field_template_version();

    @Override
    @Message("Checksum of the message (SHA-256)")
    String field_content_hash();

    @Override
    @Message("Sequence number of the calendar entry")
    String field_calendar_sequence();

    @Override
    @Message("Not sent yet")
    String not_sent();

    @Override
    @Message("Delivery attempts")
    String attempts_title();

    @Override
    @Message("No attempts yet: the message's turn has not come yet.")
    String attempts_empty();

    @Override
    @Message("Attempt")
    String col_attempt();

    @Override
    @Message("Outcome")
    String col_outcome();

    @Override
    @Message("Answer of the mail server")
    String col_detail();

    @Override
    @Message("Reminder templates")
    String templates_title();

    @Override
    @Message("Every kind of message has one template. See what the message looks like, written for a sample region "
            + "and a made-up obligation, in Dutch or English: a message is in the contact person's language.")
    String templates_intro();

    @Override
    @Message("Template")
    String col_template();

    @Override
    @Message("Preview")
    String col_preview();

    @Override
    @Message("{#if language == 'en'}English{#else}Dutch{/if}")
    String language_name(String language);

    @Override
    @Message("Preview in {#if language == 'en'}English{#else}Dutch{/if}")
    String preview_in(String language);

    @Override
    @Message("Back to the templates")
    String back_to_templates();

    @Override
    @Message("Template")
    String template_title();

    @Override
    @Message("This is what the message looks like for the sample region. Version of the template: {version}.")
    String template_intro(String version);

    @Override
    @Message("Subject")
    String subject();

    @Override
    @Message("Text of the message")
    String text_title();

    @Override
    @Message("HTML version (source)")
    String html_title();

    @Override
    @Message("The message also goes out as formatted HTML. The portal shows that version as source rather than "
            + "formatted: the portal's pages allow no formatting from messages. Send yourself a test to see the "
            + "formatted message in your e-mail program.")
    String html_intro();

    @Override
    @Message("Calendar entry (iCalendar attachment)")
    String calendar_title();

    @Override
    @Message("This template in {#if language == 'en'}English{#else}Dutch{/if}")
    String other_language(String language);

    @Override
    @Message("Send a test to myself")
    String button_test();

    @Override
    @Message("The sample goes to the e-mail address of your own login, with [TEST] before the subject. It is no "
            + "reminder of any region.")
    String test_intro();

    @Override
    @Message("The test was not sent:")
    String test_refused();

    @Override
    @Message("The test was sent to {recipient}.")
    String test_sent(String recipient);
}
