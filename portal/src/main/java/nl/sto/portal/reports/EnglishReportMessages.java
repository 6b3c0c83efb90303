package nl.sto.portal.reports;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.web.Outcome;

/** English texts of the report pages. */
@Localized("en")
public interface EnglishReportMessages extends ReportMessages {

    @Override
    @Message("{kind} – {region}")
    String report_title(String kind, String region);

    @Override
    @Message("Due")
    String due();

    @Override
    @Message("late")
    String late();

    @Override
    @Message("on time")
    String on_time();

    @Override
    @Message("Version")
    String col_version();

    @Override
    @Message("Status")
    String col_status();

    @Override
    @Message("Sections")
    String sections_title();

    @Override
    @Message("Sections marked “required” must be filled in before the lead applicant can submit the report.")
    String sections_intro();

    @Override
    @Message("required")
    String required();

    @Override
    @Message("optional")
    String optional();

    @Override
    @Message("filled in")
    String filled();

    @Override
    @Message("not filled in yet")
    String not_filled();

    @Override
    @Message("Last saved by {who} on {when}")
    String saved_by(String who, String when);

    @Override
    @Message("Save")
    String button_save();

    @Override
    @Message("Reviewer's comment")
    String reviewer_comment();

    @Override
    @Message("Year")
    String col_year();

    @Override
    @Message("Amount")
    String col_amount();

    @Override
    @Message("Amounts per year. Leave a row empty to leave it out; amounts in euros, for example 12,500.50.")
    String amounts_hint();

    @Override
    @Message("{#when field}{#is 'year'}Year{#is 'amount'}Amount in euros{#else}{field}{/when}, row {row}")
    String row_field(String field, int row);

    @Override
    @Message("{#when field}{#is 'activities'}Activities{#is 'results'}Results{#is 'text'}Text{#is "
            + "'explanation'}Explanation{#is 'years'}Amounts per year{#is 'file'}File{#is 'summary'}Summary "
            + "for the region{#is 'decision'}Decision{#is 'comments'}Comments per section{#else}{field}{/when}")
    String field_label(String field);

    @Override
    @Message("Comment on {section}")
    String comment_on(String section);

    @Override
    @Message("Someone else has changed this section in the meantime, or another section of this report. Your "
            + "text is still below and has not been saved. Compare it with what is saved now and click Save "
            + "again to keep your text.")
    String conflict();

    @Override
    @Message("Saved now")
    String saved_now();

    @Override
    @Message("Submit the report?")
    String confirm_submit_title();

    @Override
    @Message("You submit “{kind}” of {region} to the ministry. After that nobody can change this version; the "
            + "ministry reviews it and you get a receipt.")
    String confirm_submit_text(String kind, String region);

    @Override
    @Message("Yes, submit the report")
    String confirm_submit_button();

    @Override
    @Message("Record the decision?")
    String confirm_review_title();

    @Override
    @Message("You accept “{kind}” of {region}. The region sees your decision and your explanation.")
    String confirm_accept_text(String kind, String region);

    @Override
    @Message("You return “{kind}” of {region}. The region sees your explanation and comments, and submits a new "
            + "version.")
    String confirm_return_text(String kind, String region);

    @Override
    @Message("Yes, accept")
    String confirm_accept_button();

    @Override
    @Message("Yes, return")
    String confirm_return_button();

    @Override
    @Message("Saving…")
    String autosave_saving();

    @Override
    @Message("Saved automatically at {time}.")
    String autosave_saved(String time);

    @Override
    @Message("Not saved automatically yet: this section is incomplete or has an error. Click Save to see what is "
            + "missing.")
    String autosave_incomplete();

    @Override
    @Message("Not saved automatically: someone else has changed this report in the meantime. Click Save to see "
            + "your text beside the saved one.")
    String autosave_conflict();

    @Override
    @Message("Not saved: this report can no longer be changed, or you are no longer logged in. Reload the page.")
    String autosave_refused();

    @Override
    @Message("Not saved: the connection failed. We will try again in a few seconds; your text stays.")
    String autosave_offline();

    @Override
    @Message("Attachments")
    String attachments_title();

    @Override
    @Message("No attachments yet.")
    String attachments_empty();

    @Override
    @Message("File name")
    String col_filename();

    @Override
    @Message("Type")
    String col_type();

    @Override
    @Message("Size")
    String col_size();

    @Override
    @Message("SHA-256")
    String col_sha256();

    @Override
    @Message("File type (MIME)")
    String col_media_type();

    @Override
    @Message("{size} bytes")
    String size_in_bytes(long size);

    @Override
    @Message("{#when mediaType}{#is 'application/pdf'}PDF document{#is 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}Excel workbook{#is 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}Word document{#else}{mediaType}{/when}")
    String file_kind(String mediaType);

    @Override
    @Message("Actions")
    String col_actions();

    @Override
    @Message("Add an attachment")
    String attachment_add_title();

    @Override
    @Message("PDF, Excel (XLSX) or Word (DOCX), at most 20 MB.")
    String file_hint();

    @Override
    @Message("Add")
    String button_upload();

    @Override
    @Message("Remove")
    String button_remove();

    @Override
    @Message("Submit")
    String submission_title();

    @Override
    @Message("As the lead applicant you submit the report on behalf of the region. After that nobody can "
            + "change it; the ministry reviews it.")
    String submit_intro();

    @Override
    @Message("Still to fill in before the report can be submitted:")
    String still_missing();

    @Override
    @Message("Every required section is filled in. Look them over once more before you submit the report.")
    String nothing_missing();

    @Override
    @Message("Submit report")
    String button_submit();

    @Override
    @Message("Receipt")
    String receipt_title();

    @Override
    @Message("Reference")
    String receipt_reference();

    @Override
    @Message("Submitted on")
    String receipt_time();

    @Override
    @Message("Submitted by")
    String receipt_by();

    @Override
    @Message("Checksum (SHA-256)")
    String receipt_checksum();

    @Override
    @Message("The checksum is computed over the submitted version with its attachments. As long as the same version "
            + "gives the same number, it has not changed since it was submitted.")
    String receipt_checksum_explained();

    @Override
    @Message("Print the receipt")
    String receipt_print();

    @Override
    @Message("After the due date")
    String receipt_late_label();

    @Override
    @Message("{#if late}Yes, this version was submitted after the due date.{#else}No, submitted on time.{/if}")
    String receipt_late(boolean late);

    @Override
    @Message("This version has been submitted and can no longer be changed.")
    String read_only();

    @Override
    @Message("Review")
    String review_title();

    @Override
    @Message("Reviewed by {who} on {when}")
    String reviewed_by(String who, String when);

    @Override
    @Message("The ministry has returned the report. Revise the sections with a comment and submit the report again.")
    String returned_intro();

    @Override
    @Message("Revise")
    String button_revise();

    @Override
    @Message("Review the report")
    String review_form_title();

    @Override
    @Message("Accept the report, or return it with a comment on at least one section.")
    String review_intro();

    @Override
    @Message("{#when decision}{#is 'ACCEPT'}Accept{#is 'RETURN'}Return for revision{#else}{decision}{/when}")
    String decision(String decision);

    @Override
    @Message("Save decision")
    String button_review();

    @Override
    @Message("Versions")
    String versions_title();

    @Override
    @Message("Version {number}")
    String version_label(int number);

    @Override
    @Message("Version {number} – {title}")
    String version_title(int number, String title);

    @Override
    @Message("Submitted")
    String col_submitted();

    @Override
    @Message("Reviewed")
    String col_reviewed();

    @Override
    @Message("This version has no sections.")
    String version_empty();

    @Override
    @Message("Back to the report")
    String back_to_report();

    @Override
    @Message("Audit trail")
    String audit_title();

    @Override
    @Message("Who did what with this report, oldest first.")
    String audit_intro();

    @Override
    @Message("{#when action}{#is 'draft.started'}Draft started{#is 'section.saved'}Section saved{#is "
            + "'attachment.added'}Attachment added{#is 'attachment.removed'}Attachment removed{#is "
            + "'report.submitted'}Submitted{#is 'report.resubmitted'}Submitted again{#is "
            + "'report.returned'}Returned{#is 'report.accepted'}Accepted{#is 'revision.started'}Revision "
            + "started{#else}{action}{/when}")
    String action(String action);

    @Override
    @Message("{who} started the draft.")
    String audit_draft_started(String who);

    @Override
    @Message("{who} saved the section “{section}”.")
    String audit_section_saved(String who, String section);

    @Override
    @Message("{who} added the attachment {filename}{#if size} ({size}){/if}.")
    String audit_attachment_added(String who, String filename, String size);

    @Override
    @Message("{who} removed the attachment {filename}.")
    String audit_attachment_removed(String who, String filename);

    @Override
    @Message("{who} submitted version {version}{#if again} again{/if}{#if late}, after the due date{/if}; receipt "
            + "{receipt}.")
    String audit_submitted(String who, int version, String receipt, boolean late, boolean again);

    @Override
    @Message("{who} returned version {version} to the region.")
    String audit_returned(String who, int version);

    @Override
    @Message("{who} accepted version {version}.")
    String audit_accepted(String who, int version);

    @Override
    @Message("{who} started version {version}, a revision of version {basedOn}.")
    String audit_revision_started(String who, int version, String basedOn);

    @Override
    @Message("{who}: {action}.")
    String audit_other(String who, String action);

    @Override
    @Message("{#when status}{#is 'DRAFT'}Draft{#is 'SUBMITTED'}Submitted{#is 'RETURNED'}Returned{#is "
            + "'ACCEPTED'}Accepted{#else}{status}{/when}")
    String status(String status);

    @Override
    @Message("Reports")
    String queue_title();

    @Override
    @Message("Submitted reports waiting for a review, earliest submitted first.")
    String queue_intro();

    @Override
    @Message("No reports are waiting for a review.")
    String queue_empty();

    @Override
    @Message("Recently reviewed")
    String reviewed_title();

    @Override
    @Message("The latest {count} reviews, newest first: who decided what, and when.")
    String reviewed_intro(int count);

    @Override
    @Message("No report has been reviewed yet.")
    String reviewed_empty();

    @Override
    @Message("Decision")
    String col_decision();

    @Override
    @Message("By")
    String col_reviewed_by();

    @Override
    @Message("Region")
    String col_region();

    @Override
    @Message("Kind of report")
    String col_kind();

    @Override
    @Message("Late")
    String col_late();

    @Override
    @Message("yes")
    String yes();

    @Override
    @Message("no")
    String no();

    @Override
    @Message("{#when outcome}{#is REPORT_STARTED}The report has been started. Fill in its sections.{#is "
            + "SECTION_SAVED}The section has been saved.{#is ATTACHMENT_ADDED}The attachment has been "
            + "added.{#is ATTACHMENT_REMOVED}The attachment has been removed.{#is REPORT_SUBMITTED}The report "
            + "has been submitted. The receipt is below.{#is REVISION_STARTED}You can now revise the report in "
            + "a new version.{#is REPORT_REVIEWED}Your decision has been saved.{#else}{/when}")
    String done(Outcome outcome);

    @Override
    @Message("Figures of your region")
    String figures_title();

    @Override
    @Message("From the STO monitor, each indicator's latest school year beside the national figure. “Insert figures” at a section puts them into its text; you can then change them, and you save the section yourself.")
    String figures_intro();

    @Override
    @Message("The figures of your region are not available now; you can fill in the report all the same.")
    String figures_unavailable();

    @Override
    @Message("The STO monitor has no figures for your region yet.")
    String figures_none();

    @Override
    @Message("Figures of your region from the STO monitor")
    String figures_caption();

    @Override
    @Message("Indicator")
    String figures_indicator();

    @Override
    @Message("School year")
    String figures_school_year();

    @Override
    @Message("Your region")
    String figures_region();

    @Override
    @Message("National")
    String figures_national();

    @Override
    @Message("Insert figures")
    String button_insert_figures();

    @Override
    @Message("The figures of your region are now in the text below. Check them and save the section; only then is it kept.")
    String figures_inserted();
}
