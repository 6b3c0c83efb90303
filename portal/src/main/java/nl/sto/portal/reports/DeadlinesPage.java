package nl.sto.portal.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import nl.sto.portal.regions.FormFeedback;
import nl.sto.portal.regions.Outcome;
import nl.sto.portal.reports.client.ObligationView;
import nl.sto.portal.reports.client.RegulationViews.Affected;
import nl.sto.portal.reports.client.RegulationViews.Preview;
import nl.sto.portal.reports.client.RegulationViews.Version;

/**
 * The ministry's deadlines page: the regulation's versions with the source of each date, who is late, and for
 * ministry-admins the amendment form with its dry run.
 *
 * @param versions the regulation's versions, oldest first as the service gives them
 * @param preview  the dry run of the drafted amendment, or null before one was asked for
 * @param draft    the drafted amendment's fields, carried from the dry run into the publish form
 */
public record DeadlinesPage(List<Version> versions, List<ObligationView> overdue, boolean mayAmend, Preview preview,
        Map<String, String> draft, FormFeedback feedback, Outcome done) {

    /** Obligation kinds in the order of the programme. */
    public static final List<String> KINDS = List.of("PROGRESS_REPORT_1", "PROGRESS_REPORT_2", "FINAL_REPORT",
            "SPENDING_PERIOD_END");
    /** How many affected obligations the dry run lists; the counts cover all of them. */
    static final int PREVIEW_ROWS = 100;

    public DeadlinesPage {
        versions = List.copyOf(versions);
        overdue = List.copyOf(overdue);
        draft = Map.copyOf(draft);
    }

    public List<String> kinds() {
        return KINDS;
    }

    /** Newest first: the version in force heads the list. */
    public List<Version> versionsNewestFirst() {
        List<Version> newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Version inForce() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public long overdueOf(String kind) {
        return overdue.stream().filter(o -> o.kind().equals(kind)).count();
    }

    public boolean hasPreview() {
        return preview != null;
    }

    public List<Affected> previewRows() {
        return preview == null ? List.of() : preview.obligations().stream().limit(PREVIEW_ROWS).toList();
    }

    public int previewRowsNotShown() {
        return preview == null ? 0 : Math.max(0, preview.obligations().size() - PREVIEW_ROWS);
    }

    /** The form field of a deadline; its name is the service's, so that its refusals land next to it. */
    public String deadlineField(String kind) {
        return fieldOf(kind);
    }

    static String fieldOf(String kind) {
        return "deadlines." + kind;
    }

    /** A field of the drafted amendment as typed. */
    public String drafted(String field) {
        return draft.getOrDefault(field, "");
    }
}
