package nl.sto.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.client.notifications.ReminderStep;

/** English texts of the shared page tools. */
@Localized("en")
public interface EnglishWebMessages extends WebMessages {

    @Override
    @Message("This was not saved:")
    String errors_title();

    @Override
    @Message("Error:")
    String error_prefix();

    @Override
    @Message("optional")
    String optional();

    @Override
    @Message("{#when field}{#is 'code'}Code{#is 'name'}Name{#is 'tranche'}Tranche{#is 'admittedOn'}Admitted "
            + "on{#is 'adviceReference'}Reference of the assessment committee's advice{#is "
            + "'duurzaam'}Sustainable{#is 'dekkend'}Covering{#is 'kwalitatief'}High quality{#is "
            + "'closedOn'}Closed on{#is 'reason'}Reason{#is 'identifierType'}Register{#is "
            + "'identifier'}Identifier{#is 'municipality'}Municipality{#is 'role'}Role{#is 'joinedOn'}Member "
            + "from{#is 'leftOn'}Leaves on{#is 'year'}Year{#is 'amount'}Amount in euros{#is 'kind'}Kind of "
            + "contribution{#is 'email'}E-mail address{#is 'language'}Language of e-mails{#is 'q'}Name or "
            + "code{#is 'partner'}Partner (name, BRIN or KvK number){#is 'legalReference'}Legal reference (e.g. Stcrt. "
            + "2021, nr. 40070){#is 'title'}Title{#is 'publishedOn'}Published on{#is 'effectiveOn'}In force "
            + "from{#is 'sourceNote'}Source and explanation{#is 'deadlines'}Deadlines{#is 'file'}File{#is 'schoolYear'}School year{#is 'url'}Receiver's address (URL){#is "
            + "'description'}Description{#is 'contactEmail'}E-mail address for notices{#is 'typePrefix'}Event type "
            + "(start of the name){#is 'regions'}Regions{#is 'since'}From{#else}{field}{/when}")
    String field_label(String field);

    @Override
    @Message("{#when field}{#is 'code'}2 to 20 capitals, digits or dashes, e.g. R78.{#is 'identifier'}KvK "
            + "number (8 digits), BRIN (2 digits and 2 letters, e.g. 16PK), school location (e.g. 16PK05) or "
            + "school board number (5 digits).{#is 'adviceReference'}Only for a late admission, e.g. "
            + "BC-2021-077.{#is 'amount'}For example 25,000 or 25,000.50.{#is 'joinedOn'}Empty means "
            + "today.{#is 'leftOn'}Empty means today.{#else}{/when}")
    String field_hint(String field);

    @Override
    @Message("{#when field}{#is 'tranche'}{#when value}{#is 'LATE'}Admitted late{#else}Tranche "
            + "{value}{/when}{#is 'kind'}{#when value}{#is 'MONEY'}Money{#is 'IN_KIND'}In "
            + "kind{#else}{value}{/when}{#is 'role'}{#when value}{#is 'lead'}Lead applicant{#is "
            + "'school'}School{#is 'mbo'}Vocational (mbo){#is 'po'}Primary (po){#is 'business'}Business{#is "
            + "'ministry'}Ministry{#is 'monitor'}Monitor (read-only){#else}{value}{/when}{#is "
            + "'identifierType'}{#when value}{#is 'BOARD'}School board{#is 'INSTITUTION'}Institution "
            + "(BRIN){#is 'LOCATION'}School location{#is 'KVK'}KvK number{#else}{value}{/when}{#is "
            + "'language'}{#when value}{#is 'nl'}Dutch{#is 'en'}English{#else}{value}{/when}{#is "
            + "'status'}{#when value}{#is 'ACTIVE'}Active{#is "
            + "'CLOSED'}Closed{#else}{value}{/when}"
            + "{#is 'obligationStatus'}{#when value}{#is 'OPEN'}Open{#is 'OVERDUE'}Overdue{#is 'SUBMITTED'}Submitted"
            + "{#is 'RETURNED'}Returned{#is 'ACCEPTED'}Accepted{#is 'ENDED'}Passed{#else}{value}{/when}"
            + "{#is 'reminderStatus'}{#when value}{#is 'scheduled'}Scheduled{#is 'sending'}Being sent{#is "
            + "'sent'}Sent{#is 'temporary-failure'}Failed for now, being retried{#is "
            + "'permanent-failure'}Failed{#is 'technical-failure'}Failed by a technical fault{#is "
            + "'cancelled'}Cancelled{#is 'skipped'}Skipped{#else}{value}{/when}"
            + "{#else}{value}{/when}")
    String option(String field, String value);

    @Override
    @Message("enter a year of four digits, e.g. 2024")
    String input_year();

    @Override
    @Message("enter an amount in euros, e.g. 25,000 or 25,000.50")
    String input_amount();

    @Override
    @Message("enter a date, e.g. 1-2-2021")
    String input_date();

    @Override
    @Message("{#when code}{#is 'required'}fill this in{#is 'too-long'}this is too long; shorten it{#is 'too-short'}"
            + "this is too short{#is 'pattern'}this does not have the form this field needs (see the field's hint)"
            + "{#is 'range'}this is outside what this field allows{#is 'email'}enter an e-mail address, e.g. "
            + "name@school.nl{#is 'format'}this cannot be read; enter it as the field asks, e.g. a date or a number"
            + "{#is 'unknown-field'}this is not part of this form{#else}{/when}")
    String field_error(String code);

    @Override
    @Message("enter a whole number, e.g. 12")
    String input_number();

    @Override
    @Message("choose a file")
    String input_file();

    @Override
    @Message("{#when kind}{#is FORBIDDEN}No access{#is NOT_FOUND}Not found{#is NO_SUCH_PAGE}Page not found{#is "
            + "UNAVAILABLE}Service unavailable{#is REFUSED_REQUEST}Request refused{#else}Something went wrong{/when}")
    String error_title(ErrorKind kind);

    @Override
    @Message("{#when kind}{#is FORBIDDEN}You have no access to this region or to this action. You only see "
            + "the regions in which your organisation is a partner.{#is NOT_FOUND}What this link asks for (a "
            + "region, report or attachment) does not exist. Perhaps the link is outdated or the code was "
            + "mistyped.{#is NO_SUCH_PAGE}This page does not exist in the portal. Perhaps the link is outdated or "
            + "the address was mistyped.{#is PORTAL_FAULT}Something went wrong in the portal itself; it has been "
            + "logged and will be looked into. Nothing has been changed. Please try again; if that fails too, "
            + "contact the support team.{#is UNAVAILABLE}A service of the platform cannot be reached right now. Please try again "
            + "in a few minutes.{#is REFUSED_REQUEST}The portal did not carry out this request: it did not come from "
            + "a form of this portal, or the page with the form was open for too long. Nothing has been changed. "
            + "Go back, reload the page and try again.{#else}The platform could not handle your request. Please try again; if that "
            + "fails too, contact the support team.{/when}")
    String error_text(ErrorKind kind);

    @Override
    @Message("To my regions")
    String error_back();

    @Override
    @Message("Technical details")
    String technical_details();

    @Override
    @Message("Pages")
    String pagination();

    @Override
    @Message("Previous page")
    String page_previous();

    @Override
    @Message("Next page")
    String page_next();

    @Override
    @Message("Page {page}")
    String page_number(int page);

    @Override
    @Message("Back, without doing anything")
    String confirm_back();

    @Override
    @Message("This cannot be undone afterwards.")
    String confirm_warning();

    @Override
    @Message("Cancel")
    String confirm_cancel();

    @Override
    @Message("Code")
    String col_code();

    @Override
    @Message("Region")
    String col_region();

    @Override
    @Message("Status")
    String col_status();

    @Override
    @Message("Obligation")
    String col_obligation();

    @Override
    @Message("Due by")
    String col_due();

    @Override
    @Message("When")
    String col_when();

    @Override
    @Message("Who")
    String col_who();

    @Override
    @Message("Action")
    String col_action();

    @Override
    @Message("Details")
    String col_detail();

    @Override
    @Message("Back to {name}")
    String back_to(String name);

    @Override
    @Message("{#when step.kind}{#is ANNOUNCEMENT}Announcement{#is BEFORE}{#if step.inWeeks}{step.weeks} "
            + "{#if step.weeks == 1}week{#else}weeks{/if} before{#else}{step.number} {#if step.number == 1}day"
            + "{#else}days{/if} before{/if}{#is DUE_DAY}On the day itself{#is OVERDUE}Overdue ({step.number}){#is "
            + "DATE_MOVED}Date moved{#is RETURNED}Returned (version {step.number}){#is "
            + "CALENDAR_CANCEL}Calendar entry cancelled{#else}{step.name}{/when}")
    String reminder_step(ReminderStep step);

    @Override
    @Message("Message")
    String col_message();

    @Override
    @Message("To")
    String col_recipient();

    @Override
    @Message("Language")
    String col_language();

    @Override
    @Message("Planned for")
    String col_planned();

    @Override
    @Message("Sent on")
    String col_sent();

    @Override
    @Message("Attempts")
    String col_attempts();
}
