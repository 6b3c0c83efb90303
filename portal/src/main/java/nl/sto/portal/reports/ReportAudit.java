package nl.sto.portal.reports;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import nl.sto.portal.client.reports.ReportViews.AuditEntry;

/**
 * The part of a report's audit trail its page shows: the newest {@link #LATEST} entries, or all when asked for, and
 * how many there are in all (reports-service's {@code X-Total-Count}).
 */
public record ReportAudit(List<AuditEntry> entries, long total) {

    /** Enough for the last steps; a draft written over weeks has many more, one link away. */
    public static final int LATEST = 10;

    public static final ReportAudit NONE = new ReportAudit(List.of(), 0);

    public ReportAudit {
        entries = List.copyOf(entries);
    }

    public static ReportAudit of(RestResponse<List<AuditEntry>> answer) {
        List<AuditEntry> entries = answer.getEntity();
        String total = answer.getHeaderString("X-Total-Count");
        return new ReportAudit(entries, total == null ? entries.size() : Long.parseLong(total));
    }

    /** Whether older entries were left out. */
    public boolean more() {
        return total > entries.size();
    }
}
