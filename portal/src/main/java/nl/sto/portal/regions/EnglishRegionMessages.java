package nl.sto.portal.regions;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.web.Outcome;

/** English texts of the region pages; Dutch names of the programme's own terms are explained, not translated away. */
@Localized("en")
public interface EnglishRegionMessages extends RegionMessages {

    @Override
    @Message("My regions")
    String my_regions_title();

    @Override
    @Message("The regions you act for, with your role in each.")
    String my_regions_intro();

    @Override
    @Message("You do not act for any region yet. If that is wrong, please contact your region's lead applicant.")
    String my_regions_empty();

    @Override
    @Message("Back to my regions")
    String back_to_my_regions();

    @Override
    @Message("Back to the regions overview")
    String back_to_overview();

    @Override
    @Message("Name")
    String col_name();

    @Override
    @Message("Your role")
    String col_your_role();

    @Override
    @Message("Year")
    String col_year();

    @Override
    @Message("Grant")
    String col_grant();

    @Override
    @Message("Confirmed co-financing")
    String col_cofinancing_confirmed();

    @Override
    @Message("Stated, incl. unconfirmed")
    String col_cofinancing_stated();

    @Override
    @Message("Share of the grant")
    String col_share();

    @Override
    @Message("Business")
    String col_business();

    @Override
    @Message("Amount")
    String col_amount();

    @Override
    @Message("Kind")
    String col_kind();

    @Override
    @Message("Partner")
    String col_partner();

    @Override
    @Message("Joined")
    String col_joined();

    @Override
    @Message("Left on")
    String col_left();

    @Override
    @Message("Actions")
    String col_actions();

    @Override
    @Message("Municipalities")
    String col_municipalities();

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("Assessment committee's advice")
    String advice_label();

    @Override
    @Message("Admitted late after a positive advice of the assessment committee, reference {reference}")
    String advice_text(String reference);

    @Override
    @Message("On this page")
    String on_this_page();

    @Override
    @Message("Plan")
    String plan_title();

    @Override
    @Message("The region's plan works towards three aims: technical education that is sustainable, covering "
            + "and of high quality.")
    String plan_intro();

    @Override
    @Message("Not described yet.")
    String plan_empty();

    @Override
    @Message("Edit name and plan")
    String plan_form_title();

    @Override
    @Message("Grant and co-financing")
    String money_title();

    @Override
    @Message("No grant has been awarded and no co-financing stated yet.")
    String money_empty();

    @Override
    @Message("Grant and confirmed co-financing per year")
    String chart_caption();

    @Override
    @Message("Bar chart of the grant and the confirmed co-financing per year. The table below holds the same "
            + "amounts.")
    String chart_label();

    @Override
    @Message("Grant")
    String chart_grant();

    @Override
    @Message("Confirmed co-financing")
    String chart_cofinancing();

    @Override
    @Message("en-GB")
    String number_locale();

    @Override
    @Message("Grant and co-financing per year, with the share of the grant the confirmed co-financing covers")
    String money_table_caption();

    @Override
    @Message("Award a grant")
    String grant_form_title();

    @Override
    @Message("Commitments of businesses")
    String commitments_title();

    @Override
    @Message("No commitments yet.")
    String commitments_empty();

    @Override
    @Message("confirmed")
    String statement_confirmed();

    @Override
    @Message("not confirmed yet")
    String statement_stated();

    @Override
    @Message("Your commitment")
    String your_commitment_title();

    @Override
    @Message("State per year what your business contributes, in money or in kind. Then confirm your "
            + "commitment: only confirmed commitments count as co-financing.")
    String your_commitment_intro();

    @Override
    @Message("State commitment")
    String button_state();

    @Override
    @Message("Awaiting your confirmation")
    String awaiting_title();

    @Override
    @Message("Confirm commitment {year}")
    String button_confirm(int year);

    @Override
    @Message("History of your commitments")
    String history_title();

    @Override
    @Message("You have not stated anything yet.")
    String history_empty();

    @Override
    @Message("Partners")
    String partners_title();

    @Override
    @Message("Current partners")
    String active_partners();

    @Override
    @Message("Former partners")
    String former_partners();

    @Override
    @Message("This region has no partners.")
    String partners_empty();

    @Override
    @Message("No partner has left.")
    String former_partners_empty();

    @Override
    @Message("Add a partner")
    String partner_add_title();

    @Override
    @Message("Contact persons")
    String contacts_title();

    @Override
    @Message("There are no contact persons yet.")
    String contacts_empty();

    @Override
    @Message("Position")
    String contact_role();

    @Override
    @Message("Add a contact person")
    String contact_add_title();

    @Override
    @Message("Edit")
    String button_edit();

    @Override
    @Message("Save")
    String button_save();

    @Override
    @Message("Remove")
    String button_remove();

    @Override
    @Message("Remove the contact person?")
    String confirm_remove_contact_title();

    @Override
    @Message("{name} ({email}) is then no longer a contact person of {region} and gets no more reminders for this "
            + "region.")
    String confirm_remove_contact_text(String name, String email, String region);

    @Override
    @Message("Yes, remove the contact person")
    String confirm_remove_contact_button();

    @Override
    @Message("Close the region?")
    String confirm_close_title();

    @Override
    @Message("{region} ({code}) is closed as of {date}. After that nobody can change the region, and the reminders "
            + "to its contact persons stop; a closed region does not open again.")
    String confirm_close_text(String region, String code, String date);

    @Override
    @Message("Yes, close the region")
    String confirm_close_button();

    @Override
    @Message("Administration")
    String manage_title();

    @Override
    @Message("Audit trail of this region")
    String audit_link();

    @Override
    @Message("Close the region")
    String close_form_title();

    @Override
    @Message("Once closed, the region's plan, partners, grant and co-financing can no longer be changed.")
    String close_intro();

    @Override
    @Message("Regions overview")
    String overview_title();

    @Override
    @Message("All regions with their partners, municipalities, grant and confirmed co-financing. Search by "
            + "name or code, by partner or by municipality.")
    String overview_intro();

    @Override
    @Message("Search regions")
    String search_label();

    @Override
    @Message("Search")
    String button_search();

    @Override
    @Message("Clear search")
    String button_clear();

    @Override
    @Message("Regions")
    String results_title();

    @Override
    @Message("{#if count == 1}1 region found{#else}{count} regions found{/if}")
    String results_count(int count);

    @Override
    @Message("Total of the regions found")
    String total_found();

    @Override
    @Message("Total of this page")
    String total_page();

    @Override
    @Message("Page {page}: {count} regions")
    String results_page(int page, int count);

    @Override
    @Message("Register a region")
    String register_title();

    @Override
    @Message("{who} registered the region {name}, admitted on {admittedOn}.")
    String audit_registered(String who, String name, String admittedOn);

    @Override
    @Message("{who} changed the region's name or plan.")
    String audit_updated(String who);

    @Override
    @Message("{who} closed the region as of {closedOn}{#if reason}, because: {reason}{/if}.")
    String audit_closed(String who, String closedOn, String reason);

    @Override
    @Message("{who} awarded the grant for {year}: {amount}.")
    String audit_grant(String who, String year, String amount);

    @Override
    @Message("{who} added {name} as a partner.")
    String audit_partner_joined(String who, String name);

    @Override
    @Message("{who} removed {name} as a partner as of {leftOn}.")
    String audit_partner_left(String who, String name, String leftOn);

    @Override
    @Message("{who} stated co-financing of {amount} for {year}.")
    String audit_cofinancing_stated(String who, String amount, String year);

    @Override
    @Message("{who} confirmed co-financing of {amount} for {year}.")
    String audit_cofinancing_confirmed(String who, String amount, String year);

    @Override
    @Message("{who}: {action}.")
    String audit_other(String who, String action);

    @Override
    @Message("A region admitted late needs the reference of the assessment committee's advice.")
    String register_intro();

    @Override
    @Message("Audit trail – {name}")
    String audit_title(String name);

    @Override
    @Message("Who changed what in this region, newest first.")
    String audit_intro();

    @Override
    @Message("Nothing has been changed yet.")
    String audit_empty();

    @Override
    @Message("{#when outcome}{#is REGION_REGISTERED}The region has been registered.{#is PLAN_UPDATED}Name "
            + "and plan have been saved.{#is REGION_CLOSED}The region has been closed.{#is GRANT_AWARDED}The "
            + "grant has been awarded.{#is COFINANCING_STATED}Your commitment has been stated. Please confirm "
            + "it below.{#is COFINANCING_CONFIRMED}Your commitment has been confirmed.{#is PARTNER_ADDED}The "
            + "partner has been added.{#is PARTNER_REMOVED}The partner has been removed.{#is "
            + "CONTACT_ADDED}The contact person has been added.{#is CONTACT_UPDATED}The contact person has "
            + "been changed.{#is CONTACT_REMOVED}The contact person has been removed.{#is AMENDMENT_PUBLISHED}The amendment has been published; "
            + "the deadlines of every region concerned have moved.{#is REMINDERS_PAUSED}The reminders of this region "
            + "have been paused.{#is REMINDERS_RESUMED}The reminders of this region are being sent "
            + "again.{#else}{/when}")
    String done(Outcome outcome);

    @Override
    @Message("Reporting obligations")
    String obligations_title();

    @Override
    @Message("What the region must submit under the subsidy regulation and by when, and why each date is what "
            + "it is.")
    String obligations_intro();

    @Override
    @Message("No obligations have been set for this region yet.")
    String obligations_empty();

    @Override
    @Message("The deadlines cannot be shown at the moment. Please try again later.")
    String obligations_unavailable();

    @Override
    @Message("Why this date")
    String col_why();

    @Override
    @Message("Set by {reference}.")
    String set_by(String reference);

    @Override
    @Message("Moved from {from} to {to} by {reason}")
    String moved(String from, String to, String reason);

    @Override
    @Message("Programme period {from} to {to}")
    String regulation_period(String from, String to);

    @Override
    @Message("Report")
    String col_report();

    @Override
    @Message("Start report")
    String button_start();

    @Override
    @Message("Open report")
    String open();

    @Override
    @Message("Not started yet")
    String not_started();

    @Override
    @Message("Reminders")
    String reminders_title();

    @Override
    @Message("The e-mails that remind the region's contact persons of the deadlines: what has been sent and what "
            + "is planned. Messages that could not be delivered are at the top.")
    String reminders_intro();

    @Override
    @Message("Reminders to the contact persons of this region")
    String reminders_caption();

    @Override
    @Message("The reminders are not available right now. Please try again later.")
    String reminders_unavailable();

    @Override
    @Message("There are no reminders for this region (yet).")
    String reminders_empty();

    @Override
    @Message("{#if count == 1}1 reminder could not be delivered{#else}{count} reminders could not be "
            + "delivered{/if}. Please check the contact person's e-mail address; the ministry can send the message "
            + "again.")
    String reminders_failed(long count);

    @Override
    @Message("The reminders of this region are paused")
    String reminders_paused_title();

    @Override
    @Message("Since {since}, by {by}. No reminders are sent until the ministry resumes them.")
    String reminders_paused(String since, String by);

    @Override
    @Message("Reason:")
    String reminders_paused_reason();

    @Override
    @Message("Pause reminders")
    String reminders_pause_title();

    @Override
    @Message("While the reminders are paused, the contact persons of this region get no e-mails. The region sees "
            + "the reason.")
    String reminders_pause_intro();

    @Override
    @Message("Resume reminders")
    String reminders_resume();
}
