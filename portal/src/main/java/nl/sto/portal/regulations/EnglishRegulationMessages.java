package nl.sto.portal.regulations;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import nl.sto.portal.web.Outcome;

/** English texts of the regulation pages. */
@Localized("en")
public interface EnglishRegulationMessages extends RegulationMessages {

    @Override
    @Message("Regulations")
    String list_title();

    @Override
    @Message("The grant regulations of Sterk Techniekonderwijs, each with its own programme period and its "
            + "own obligations. The regulation of the current period comes first.")
    String list_intro();

    @Override
    @Message("Draft a new regulation")
    String new_draft();

    @Override
    @Message("There are no regulations yet.")
    String list_empty();

    @Override
    @Message("Regulation")
    String col_regulation();

    @Override
    @Message("Legal reference")
    String col_reference();

    @Override
    @Message("Period")
    String col_period();

    @Override
    @Message("Status")
    String col_status();

    @Override
    @Message("{from} to {to}")
    String period(String from, String to);

    @Override
    @Message("{#when status}{#is 'DRAFT'}Draft{#is 'PUBLISHED'}Published{#else}{status}{/when}")
    String status(String status);

    @Override
    @Message("demo")
    String demo();

    @Override
    @Message("All regulations")
    String back_to_list();

    @Override
    @Message("Details")
    String facts_title();

    @Override
    @Message("Published on")
    String published_on();

    @Override
    @Message("In force from")
    String effective_on();

    @Override
    @Message("Grant decisions on")
    String grants_decided_on();

    @Override
    @Message("Source")
    String source();

    @Override
    @Message("Versions and sources")
    String versions_title();

    @Override
    @Message("No versions yet: the regulation is a draft.")
    String versions_none();

    @Override
    @Message("Version {number}: {reference}")
    String version_title(int number, String reference);

    @Override
    @Message("in force")
    String in_force();

    @Override
    @Message("Published on {published}, in force from {effective}.")
    String version_dates(String published, String effective);

    @Override
    @Message("Kinds of obligations")
    String kinds_title();

    @Override
    @Message("This regulation sets no obligations yet.")
    String kinds_none();

    @Override
    @Message("Obligation")
    String col_kind();

    @Override
    @Message("Abbreviation")
    String col_abbreviation();

    @Override
    @Message("Due")
    String col_due();

    @Override
    @Message("Parts of the report")
    String col_sections();

    @Override
    @Message("report")
    String is_report();

    @Override
    @Message("milestone (no report)")
    String is_milestone();

    @Override
    @Message("{#when rule}{#is 'FIXED'}Fixed date{#is 'YEARLY'}Every year{#is 'WEEKS_AFTER_GRANT'}Weeks "
            + "after the grant decision{#else}{rule}{/when}")
    String due_rule(String rule);

    @Override
    @Message("every year on {day}")
    String due_yearly(String day);

    @Override
    @Message("{weeks} weeks after the grant decision")
    String due_weeks(int weeks);

    @Override
    @Message("required")
    String required();

    @Override
    @Message("optional")
    String optional();

    @Override
    @Message("none")
    String none();

    @Override
    @Message("Draft")
    String draft_title();

    @Override
    @Message("This regulation is a draft: no region owes anything under it yet. First see what publishing it "
            + "would bring; only then publish.")
    String draft_intro();

    @Override
    @Message("Change the draft")
    String edit_draft();

    @Override
    @Message("See what publishing brings")
    String preview_draft();

    @Override
    @Message("Delete the draft")
    String delete_draft();

    @Override
    @Message("Draft a regulation")
    String form_title_new();

    @Override
    @Message("Change draft {id}")
    String form_title_edit(String id);

    @Override
    @Message("Fill in the regulation and its kinds of obligations. You can save a draft as often as you "
            + "like; regions notice nothing until you publish it.")
    String form_intro();

    @Override
    @Message("The regulation")
    String form_regulation();

    @Override
    @Message("Obligation {number}")
    String form_kind(int number);

    @Override
    @Message("An empty obligation is not saved.")
    String form_kind_hint();

    @Override
    @Message("When")
    String form_due();

    @Override
    @Message("For a fixed date enter the date, for every year the month and the day, for weeks after the "
            + "grant decision the number of weeks.")
    String form_due_hint();

    @Override
    @Message("Parts of the report")
    String form_sections();

    @Override
    @Message("Only for a report; a report has at least one part.")
    String form_sections_hint();

    @Override
    @Message("Own part {number} (free text)")
    String form_free(int number);

    @Override
    @Message("Leave out")
    String left_out();

    @Override
    @Message("Add an obligation")
    String add_kind();

    @Override
    @Message("Save draft")
    String save_draft();

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("{#when field}{#is 'id'}Identifier (e.g. STO-2029-2032){#is 'title'}Title{#is "
            + "'legalReference'}Legal reference (e.g. Stcrt. 2028, nr. 12345){#is 'publishedOn'}Published "
            + "on{#is 'effectiveOn'}In force from{#is 'period.from'}Period from{#is 'period.to'}Period up to "
            + "and including{#is 'period'}Period{#is 'sourceNote'}Source and explanation{#is "
            + "'grantsDecidedOn'}Grant decisions on{#is 'kinds'}Obligations{#is 'code'}Code (e.g. "
            + "FINAL_REPORT){#is 'name.nl'}Name in Dutch{#is 'name.en'}Name in English{#is "
            + "'abbreviation'}Abbreviation (in receipt references){#is 'report'}Kind{#is 'due.rule'}Due "
            + "rule{#is 'due.date'}Date{#is 'due.month'}Month (1-12){#is 'due.day'}Day{#is 'due.weeks'}Number "
            + "of weeks{#is 'due'}Due rule{#is 'sections'}Parts{#is 'key'}Key (lower case letters, digits and "
            + "hyphens){#is 'title.nl'}Title in Dutch{#is 'title.en'}Title in English{#is "
            + "'required'}Required{#is 'deadlines'}Deadlines{#else}{field}{/when}")
    String field_label(String field);

    @Override
    @Message("{label} (obligation {number})")
    String kind_field(String label, int number);

    @Override
    @Message("{label} (obligation {kind}, own part {number})")
    String free_field(String label, int kind, int number);

    @Override
    @Message("Yes, a report with parts")
    String report_yes();

    @Override
    @Message("No, a milestone (a date only)")
    String report_no();

    @Override
    @Message("What publishing brings: {title}")
    String preview_title(String title);

    @Override
    @Message("{obligations} obligations for {regions} regions.")
    String preview_summary(int obligations, int regions);

    @Override
    @Message("Per obligation")
    String per_kind_title();

    @Override
    @Message("Number")
    String col_count();

    @Override
    @Message("Due dates")
    String col_dates();

    @Override
    @Message("Not owed")
    String not_owed_title();

    @Override
    @Message("These obligations fall before the region's admission; the region does not get them.")
    String not_owed_intro();

    @Override
    @Message("None: every region gets every obligation.")
    String not_owed_none();

    @Override
    @Message("Sample")
    String sample_title();

    @Override
    @Message("The first {count} obligations that would be created.")
    String sample_intro(int count);

    @Override
    @Message("Region")
    String col_region();

    @Override
    @Message("Publish…")
    String to_publish();

    @Override
    @Message("Back to the regulation")
    String back_to_regulation();

    @Override
    @Message("Publish the regulation")
    String confirm_title();

    @Override
    @Message("If you publish {title}, {obligations} obligations will be created for {regions} regions.")
    String confirm_text(String title, int obligations, int regions);

    @Override
    @Message("This cannot be undone: a published regulation changes only by an amendment.")
    String confirm_warning();

    @Override
    @Message("Yes, publish")
    String publish();

    @Override
    @Message("Amend the regulation")
    String amendment_title();

    @Override
    @Message("Enter the legal reference and the deadlines the amendment moves. First you see which "
            + "obligations of which regions move; only then do you publish.")
    String amendment_intro();

    @Override
    @Message("New deadlines (leave empty what does not change)")
    String amendment_deadlines();

    @Override
    @Message("This regulation has no obligations with a fixed date; an amendment cannot move any.")
    String amendment_none();

    @Override
    @Message("See what moves")
    String button_preview();

    @Override
    @Message("What version {version} would move")
    String amendment_preview_title(int version);

    @Override
    @Message("{obligations} obligations of {regions} regions move.")
    String amendment_preview_summary(int obligations, long regions);

    @Override
    @Message("from {from} to {to}")
    String moved_to(String from, String to);

    @Override
    @Message("And {count} more obligations.")
    String preview_more(int count);

    @Override
    @Message("Publish the amendment")
    String publish_amendment();

    @Override
    @Message("Who is late is listed with the deadlines.")
    String overdue_link();

    @Override
    @Message("{#when outcome}{#is DRAFT_SAVED}The draft has been saved.{#is REGULATION_PUBLISHED}The "
            + "regulation has been published; the regions have their obligations.{#is DRAFT_DELETED}The draft "
            + "has been deleted.{#is AMENDMENT_PUBLISHED}The amendment has been published; the deadlines of "
            + "all regions concerned have been changed.{#else}{/when}")
    String done(Outcome outcome);

    @Override
    @Message("Deadlines and the regulation")
    String deadlines_title();

    @Override
    @Message("Which regions are late, and the regulations the deadlines follow from. Why each deadline is "
            + "what it is, is shown with its regulation.")
    String deadlines_intro();

    @Override
    @Message("Late")
    String overdue_title();

    @Override
    @Message("No region is late.")
    String overdue_none();

    @Override
    @Message("All kinds")
    String overdue_all_kinds();

    @Override
    @Message("Choose a kind to see only that one.")
    String overdue_filter_hint();

    @Override
    @Message("{before}, after the amendment {after}")
    String status_moves(String before, String after);
}
