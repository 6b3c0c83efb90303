package nl.sto.portal.monitor;

import java.util.List;

import nl.sto.portal.client.monitor.MonitorViews.ImportRun;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/**
 * The imports of open data: the latest runs with their counts and how far they are, and for the monitor team the
 * upload form and the button that imports the shipped files. While a run is running the list refreshes itself (htmx
 * polls it); without JavaScript the "Vernieuwen" link does.
 */
public record ImportsPage(List<ImportRun> runs, MonitorAccess may, FormFeedback feedback, Outcome done) {

    public static final String PATH = "/ministry/monitor/imports";
    public static final String UPLOAD_FORM = "upload";
    public static final String SHIPPED_FORM = "import-shipped";
    /** How often a page with a running import asks again, in seconds. */
    public static final int POLL_SECONDS = 2;

    public ImportsPage {
        runs = List.copyOf(runs);
    }

    public boolean anyRunning() {
        return runs.stream().anyMatch(ImportRun::running);
    }

    /** The htmx trigger of the list: polling while something runs, nothing once all are done. */
    public String pollTrigger() {
        return anyRunning() ? "every " + POLL_SECONDS + "s" : "none";
    }

    public boolean mayImport() {
        return may.importFiles();
    }

    public static String runUrl(String id) {
        return PATH + "/" + id;
    }
}
