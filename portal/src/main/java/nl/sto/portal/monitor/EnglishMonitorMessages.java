package nl.sto.portal.monitor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.web.Outcome;

/** English texts of the monitor pages. */
@Localized("en")
public interface EnglishMonitorMessages extends MonitorMessages {

    @Override
    @Message("Monitor")
    String dashboard_title();

    @Override
    @Message("The indicators the research consortium follows Sterk Techniekonderwijs by, per school "
            + "year, nationally or for one region, and what happens in the programme.")
    String dashboard_intro();

    @Override
    @Message("Monitor pages")
    String pages_nav();

    @Override
    @Message("Region (code)")
    String region_label();

    @Override
    @Message("For example R01. Empty: national.")
    String region_hint();

    @Override
    @Message("Show")
    String button_show();

    @Override
    @Message("Show national figures")
    String show_national();

    @Override
    @Message("The figures are national.")
    String shown_national();

    @Override
    @Message("The figures are those of region {region}.")
    String shown_region(String region);

    @Override
    @Message("To the region's page")
    String to_region_page();

    @Override
    @Message("This information is not available now: the monitor service cannot be reached. Please try "
            + "again later.")
    String unavailable();

    @Override
    @Message("The monitor service refused this:")
    String refused();

    @Override
    @Message("{#when status}{#is 404}No figures:{#is 403}No access to these figures:{#is 400}This "
            + "request is not right:{#else}The figures cannot be read:{/when}")
    String indicator_refused(int status);

    @Override
    @Message("Definition")
    String definition();

    @Override
    @Message("Source")
    String source();

    @Override
    @Message("Reference date")
    String reference_date();

    @Override
    @Message("Unit")
    String unit();

    @Override
    @Message("{#when unit}{#is 'percent'}percent{#is 'percent change'}percent change{#is 'locations'}"
            + "number of locations{#else}{unit}{/when}")
    String unit_name(String unit);

    @Override
    @Message("{#when code}{#is 'no-open-data'}No open data holds the flow-through from vmbo to technical mbo. The "
            + "monitor team can upload a file per school year (on the Imports page).{#is 'needs-import'}This needs "
            + "the positions of the school locations and the population per postcode area: import the shipped "
            + "files first.{#else}{code}{/when}")
    String note(String code);

    @Override
    @Message("Code")
    String code();

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("en-GB")
    String number_locale();

    @Override
    @Message("{title} per school year, in total and per part. The figures are also in the table.")
    String chart_caption(String title);

    @Override
    @Message("Chart of {title} per school year; the figures are in the table below.")
    String chart_label(String title);

    @Override
    @Message("{title}: value, numerator and denominator per school year and part")
    String table_caption(String title);

    @Override
    @Message("no value, because school year {year} is missing from the data.")
    String missing_year(String year);

    @Override
    @Message("School year")
    String col_school_year();

    @Override
    @Message("Part")
    String col_part();

    @Override
    @Message("Value")
    String col_value();

    @Override
    @Message("Numerator")
    String col_numerator();

    @Override
    @Message("Denominator")
    String col_denominator();

    @Override
    @Message("Latest events")
    String feed_title();

    @Override
    @Message("What happened in the programme over the last day, newest first (at most 20). With "
            + "JavaScript new events are added as they happen.")
    String feed_intro();

    @Override
    @Message("Refresh")
    String refresh();

    @Override
    @Message("Nothing happened over the last day.")
    String feed_empty();

    @Override
    @Message("Events, newest first")
    String feed_caption();

    @Override
    @Message("Time")
    String col_time();

    @Override
    @Message("Event type")
    String col_event_type();

    @Override
    @Message("Region")
    String col_region();

    @Override
    @Message("Position in the log")
    String col_position();

    @Override
    @Message("Back to the monitor")
    String back_to_dashboard();

    @Override
    @Message("Compliance")
    String compliance_title();

    @Override
    @Message("Imports")
    String imports_title();

    @Override
    @Message("Webhooks")
    String subscriptions_title();

    @Override
    @Message("The open data files (DUO) the indicators are computed from, the latest import first. A "
            + "file imported before changes nothing.")
    String imports_intro();

    @Override
    @Message("Import a file")
    String upload_title();

    @Override
    @Message("A CSV file from DUO: students per location by education type, or all vo locations. Lines "
            + "that cannot be read are skipped and shown below with their reason.")
    String upload_intro();

    @Override
    @Message("File (CSV)")
    String field_file();

    @Override
    @Message("School year, for example 2019-2020 (empty: from the file name)")
    String field_school_year();

    @Override
    @Message("Import")
    String button_upload();

    @Override
    @Message("Or import the files shipped with the platform; what was imported already stays as it is.")
    String shipped_intro();

    @Override
    @Message("Import the shipped files")
    String button_shipped();

    @Override
    @Message("Latest imports")
    String runs_title();

    @Override
    @Message("Nothing has been imported yet.")
    String runs_empty();

    @Override
    @Message("Imports, the latest first")
    String runs_caption();

    @Override
    @Message("File")
    String col_file();

    @Override
    @Message("Status")
    String col_status();

    @Override
    @Message("Kind")
    String col_kind();

    @Override
    @Message("Rows read")
    String col_rows_read();

    @Override
    @Message("Accepted")
    String col_rows_accepted();

    @Override
    @Message("Rejected")
    String col_rows_rejected();

    @Override
    @Message("Progress")
    String col_progress();

    @Override
    @Message("Started")
    String col_started();

    @Override
    @Message("Finished")
    String col_finished();

    @Override
    @Message("Started by")
    String col_started_by();

    @Override
    @Message("Size")
    String col_file_size();

    @Override
    @Message("Line")
    String col_line();

    @Override
    @Message("Reason")
    String col_reason();

    @Override
    @Message("Progress of {file}")
    String progress_of(String file);

    @Override
    @Message("{#when status}{#is 'running'}Running{#is 'done'}Done{#is 'unchanged'}Unchanged (imported "
            + "before){#is 'failed'}Failed{#else}{status}{/when}")
    String import_status(String status);

    @Override
    @Message("{#when kind}{#is 'students'}Students{#is 'locations'}Locations{#else}{kind}{/when}")
    String import_kind(String kind);

    @Override
    @Message("Import")
    String run_title();

    @Override
    @Message("State of the import")
    String run_status_title();

    @Override
    @Message("Back to the imports")
    String back_to_imports();

    @Override
    @Message("The import failed:")
    String run_failed();

    @Override
    @Message("Rejected lines")
    String rejections_title();

    @Override
    @Message("No lines rejected.")
    String rejections_empty();

    @Override
    @Message("The first {count} rejected lines:")
    String rejections_first(int count);

    @Override
    @Message("{#when outcome}{#is IMPORT_STARTED}The import has started; below you see how far it "
            + "is.{#is SHIPPED_IMPORTED}The shipped files are being imported; the list shows how far it "
            + "is.{#is SUBSCRIPTION_RESUMED}The subscription goes on from where it stopped.{#is "
            + "SUBSCRIPTION_DELETED}The subscription has been deleted.{#is DELIVERY_RESENT}The event is "
            + "sent again, as a new delivery at the top of the list.{#is REPLAY_STARTED}The replay has "
            + "started.{#else}{/when}")
    String done(Outcome outcome);

    @Override
    @Message("How every region stands with its report obligations, which regions are at risk, and their "
            + "co-financing against the grant.")
    String compliance_intro();

    @Override
    @Message("State of the obligations")
    String summary_title();

    @Override
    @Message("Judged on {today}.")
    String summary_today(String today);

    @Override
    @Message("Nationally {count} obligations.")
    String national_counts(long count);

    @Override
    @Message("Submitted on time")
    String on_time_rate();

    @Override
    @Message("Number of obligations per state, per obligation of a regulation. The numbers are also in "
            + "the table.")
    String summary_chart_caption();

    @Override
    @Message("Stacked bar chart of the obligations per state; the numbers are in the table below.")
    String summary_chart_label();

    @Override
    @Message("Obligations per state and the share submitted on time")
    String summary_caption();

    @Override
    @Message("There are no obligations yet.")
    String summary_empty();

    @Override
    @Message("Obligation")
    String col_obligation();

    @Override
    @Message("Total")
    String col_total();

    @Override
    @Message("National")
    String national();

    @Override
    @Message("{#when state}{#is 'accepted'}Accepted{#is 'returned'}Returned{#is "
            + "'submitted-late'}Submitted late{#is 'submitted-on-time'}Submitted on time{#is "
            + "'overdue'}Overdue{#is 'open'}Open{#else}{state}{/when}")
    String state(String state);

    @Override
    @Message("Regions at risk")
    String at_risk_title();

    @Override
    @Message("No region is at risk at the moment.")
    String at_risk_empty();

    @Override
    @Message("Regions at risk, most at risk first")
    String at_risk_caption();

    @Override
    @Message("Severity")
    String col_severity();

    @Override
    @Message("Reasons")
    String col_reasons();

    @Override
    @Message("{#when severity}{#is 'high'}High{#is 'medium'}Medium{#is 'low'}Low{#else}{severity}{/when}")
    String severity(String severity);

    @Override
    @Message("{#when reason}{#is 'overdue'}Overdue{#is 'reminders-failing'}Reminders not getting "
            + "through{#is 'due-soon-without-draft'}Due soon, report not started{#else}{reason}{/when}")
    String risk_reason(String reason);

    @Override
    @Message("due {date}")
    String due_on(String date);

    @Override
    @Message("{#if days < 0}{days.abs} days past the due date{#else if days == 0}today{#else}{days} "
            + "days left{/if}")
    String days_left(long days);

    @Override
    @Message("One region's obligations")
    String board_title();

    @Override
    @Message("Choose a region to see its obligations.")
    String board_hint();

    @Override
    @Message("Region {region} has no obligations.")
    String board_empty(String region);

    @Override
    @Message("Obligations of region {region}")
    String board_caption(String region);

    @Override
    @Message("Due date")
    String col_due();

    @Override
    @Message("First submitted")
    String col_submitted();

    @Override
    @Message("Reminders")
    String col_reminders();

    @Override
    @Message("{delivered} delivered, {failed} failed")
    String reminders_tally(long delivered, long failed);

    @Override
    @Message("not getting through")
    String reminders_failing();

    @Override
    @Message("Co-financing against the grant")
    String cofinancing_title();

    @Override
    @Message("Year (empty: every year)")
    String year_label();

    @Override
    @Message("The year {year}.")
    String cofinancing_year(int year);

    @Override
    @Message("Every year together.")
    String cofinancing_all_years();

    @Override
    @Message("There is no grant or co-financing yet.")
    String cofinancing_empty();

    @Override
    @Message("Grant and co-financing realised (money and in kind) per region. The amounts are also in "
            + "the table.")
    String cofinancing_chart_caption();

    @Override
    @Message("Bar chart of grant and co-financing per region; the amounts are in the table below.")
    String cofinancing_chart_label();

    @Override
    @Message("Co-financing per region against the grant")
    String cofinancing_caption();

    @Override
    @Message("Grant")
    String col_granted();

    @Override
    @Message("Money")
    String col_money();

    @Override
    @Message("In kind")
    String col_in_kind();

    @Override
    @Message("Realised")
    String col_realised();

    @Override
    @Message("Share of the grant")
    String col_percent_of_grant();

    @Override
    @Message("Confirmations")
    String col_confirmations();

    @Override
    @Message("A webhook posts every event of the log that its filters pass to a receiver's address, "
            + "signed following Standard Webhooks.")
    String subscriptions_intro();

    @Override
    @Message("Subscriptions")
    String subscriptions_list_title();

    @Override
    @Message("There are no subscriptions yet.")
    String subscriptions_empty();

    @Override
    @Message("Webhook subscriptions")
    String subscriptions_caption();

    @Override
    @Message("Address (URL)")
    String col_url();

    @Override
    @Message("Description")
    String col_description();

    @Override
    @Message("Made by")
    String col_owner();

    @Override
    @Message("Made")
    String col_created();

    @Override
    @Message("E-mail address for notices")
    String col_contact_email();

    @Override
    @Message("Filters")
    String col_filters();

    @Override
    @Message("Status since")
    String col_status_changed();

    @Override
    @Message("Failing since")
    String col_failing_since();

    @Override
    @Message("Last delivered")
    String col_last_success();

    @Override
    @Message("Previous secret valid until")
    String col_previous_secret();

    @Override
    @Message("{#when status}{#is 'active'}Active{#is 'paused'}Paused{#is "
            + "'disabled'}Disabled{#else}{status}{/when}")
    String subscription_status(String status);

    @Override
    @Message("New subscription")
    String subscribe_title();

    @Override
    @Message("The address must be a public http or https address. After making it you see, once, the "
            + "secret the receiver checks the signature with.")
    String subscribe_intro();

    @Override
    @Message("Receiver's address (URL)")
    String field_url();

    @Override
    @Message("Description")
    String field_description();

    @Override
    @Message("E-mail address for notices")
    String field_contact_email();

    @Override
    @Message("Which events")
    String filters_legend();

    @Override
    @Message("Empty: every event. If you fill in both, an event must match both.")
    String filters_hint();

    @Override
    @Message("Event type starts with (for example nl.sto.report.)")
    String field_type_prefix();

    @Override
    @Message("Regions (codes separated by commas, for example R01, R02)")
    String field_regions();

    @Override
    @Message("Make the subscription")
    String button_subscribe();

    @Override
    @Message("Subscription made")
    String secret_created_title();

    @Override
    @Message("New secret")
    String secret_rotated_title();

    @Override
    @Message("Keep this secret now")
    String secret_once_title();

    @Override
    @Message("This secret is shown only once: neither the portal nor the monitor service shows it "
            + "again. Copy it to the receiver; if it is lost, make a new secret.")
    String secret_once();

    @Override
    @Message("The previous secret keeps signing beside the new one for 24 hours.")
    String secret_overlap();

    @Override
    @Message("Secret")
    String secret_label();

    @Override
    @Message("To the subscription")
    String to_subscription();

    @Override
    @Message("Secret shown already")
    String secret_shown_title();

    @Override
    @Message("The secret of this subscription has been shown already and is not shown again: the portal keeps it "
            + "only a few minutes, until it has been shown once. Lost it? Make a new one on the subscription's page "
            + "with the button “Make a new secret”.")
    String secret_shown();

    @Override
    @Message("Subscription")
    String subscription_title();

    @Override
    @Message("Details")
    String subscription_details();

    @Override
    @Message("Back to the subscriptions")
    String back_to_subscriptions();

    @Override
    @Message("Back to the subscription")
    String back_to_subscription();

    @Override
    @Message("That did not work:")
    String refused_title();

    @Override
    @Message("Resume")
    String button_resume();

    @Override
    @Message("Make a new secret")
    String button_rotate();

    @Override
    @Message("Delete")
    String button_delete();

    @Override
    @Message("Replay from")
    String replay_title();

    @Override
    @Message("Sends again every event from that moment until now that the filters pass, including what "
            + "was delivered already. Time in Dutch time.")
    String replay_intro();

    @Override
    @Message("From")
    String field_since();

    @Override
    @Message("enter a date and time, for example 1-3-2026 9:00")
    String input_since();

    @Override
    @Message("Replay")
    String button_replay();

    @Override
    @Message("Deliveries")
    String deliveries_title();

    @Override
    @Message("The event was not sent again:")
    String resend_refused();

    @Override
    @Message("All statuses")
    String all_statuses();

    @Override
    @Message("{#when status}{#is 'pending'}Pending{#is 'delivered'}Delivered{#is "
            + "'failed'}Failed{#else}{status}{/when}")
    String delivery_status(String status);

    @Override
    @Message("{#when cause}{#is 'live'}Live{#is 'resend'}Resent{#is "
            + "'replay'}Replayed{#else}{cause}{/when}")
    String delivery_cause(String cause);

    @Override
    @Message("No deliveries yet.")
    String deliveries_empty();

    @Override
    @Message("Deliveries, newest first")
    String deliveries_caption();

    @Override
    @Message("Cause")
    String col_cause();

    @Override
    @Message("Attempts")
    String col_attempts();

    @Override
    @Message("Last attempt")
    String col_last_attempt();

    @Override
    @Message("Next attempt")
    String col_next_attempt();

    @Override
    @Message("Action")
    String col_action();

    @Override
    @Message("Send again")
    String button_resend();

    @Override
    @Message("Delivery")
    String delivery_title();

    @Override
    @Message("Event id (webhook-id)")
    String col_event_id();

    @Override
    @Message("Attempts")
    String attempts_title();

    @Override
    @Message("No attempts yet.")
    String attempts_empty();

    @Override
    @Message("Attempt")
    String col_attempt();

    @Override
    @Message("HTTP status")
    String col_http_status();

    @Override
    @Message("Error")
    String col_error();

    @Override
    @Message("Duration")
    String col_duration();

    @Override
    @Message("Replay")
    String replay_progress_title();

    @Override
    @Message("{#when status}{#is 'running'}Running{#is 'done'}Done{#else}{status}{/when}")
    String replay_status(String status);

    @Override
    @Message("Stretch of the log")
    String col_replay_stretch();

    @Override
    @Message("after position {from} up to {upTo}")
    String replay_stretch(long from, long upTo);

    @Override
    @Message("Handled")
    String col_replay_done();

    @Override
    @Message("{done} of {total}")
    String replay_done(long done, long total);

    @Override
    @Message("Sent again")
    String col_replay_sent();

    @Override
    @Message("Delete the subscription")
    String delete_title();

    @Override
    @Message("The subscription and all its deliveries are deleted. This cannot be undone.")
    String delete_warning();

    @Override
    @Message("Delete for good")
    String button_delete_for_good();

    @Override
    @Message("Cancel")
    String button_cancel();

    @Override
    @Message("New event:")
    String feed_new();

    @Override
    @Message("Region")
    String region_choose();

    @Override
    @Message("Choose a region")
    String no_region();

    @Override
    @Message("Start")
    String start_title();

    @Override
    @Message("How the regions stand with their reports, which regions are at risk, and your tasks.")
    String start_intro();

    @Override
    @Message("Your tasks")
    String start_tasks_title();

    @Override
    @Message("Review submitted reports: accept them or return them.")
    String start_task_reports();

    @Override
    @Message("Find regions, with their plan, partners, grant and co-financing.")
    String start_task_overview();

    @Override
    @Message("Which regions are late with a report.")
    String start_task_deadlines();

    @Override
    @Message("The regulations with their versions, deadlines and kinds of report.")
    String start_task_regulations();

    @Override
    @Message("The reminders by e-mail to the regions' contact persons.")
    String start_task_reminders();

    @Override
    @Message("The whole compliance board: each region's obligations, and co-financing against the grant.")
    String start_task_compliance();

    @Override
    @Message("The indicators per school year and the latest events.")
    String start_task_monitor();
}
