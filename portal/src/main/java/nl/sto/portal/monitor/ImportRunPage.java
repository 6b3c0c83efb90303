package nl.sto.portal.monitor;

import nl.sto.portal.client.monitor.MonitorViews.ImportRun;
import nl.sto.portal.web.Outcome;

/** One import: its counts, how far it is (refreshing itself while it runs), and the lines it turned down. */
public record ImportRunPage(ImportRun run, Outcome done) {

    public String url() {
        return ImportsPage.runUrl(run.id());
    }

    public String pollTrigger() {
        return run.running() ? "every " + ImportsPage.POLL_SECONDS + "s" : "none";
    }

    /** The service reports the first rejections; the count says how many there were in all. */
    public boolean moreRejectedThanListed() {
        return run.rowsRejected() > run.rejections().size();
    }
}
