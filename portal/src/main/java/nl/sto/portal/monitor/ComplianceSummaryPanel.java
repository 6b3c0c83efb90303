package nl.sto.portal.monitor;

import java.util.ArrayList;
import java.util.List;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorViews.ComplianceSummary;
import nl.sto.portal.client.monitor.MonitorViews.SummaryObligation;
import nl.sto.portal.format.Dates;

/**
 * How the regions stand with their report obligations: per obligation the count in each state and the on-time rate,
 * as a stacked bar chart and a table. On the compliance board and on the ministry's start page.
 */
public record ComplianceSummaryPanel(Fetched<ComplianceSummary> fetched) {

    /** The states in the order the board judges them. */
    public static final List<String> STATES = List.of("accepted", "returned", "submitted-late", "submitted-on-time",
            "overdue", "open");

    public List<String> states() {
        return STATES;
    }

    /** How an obligation is named: its kind in the page's language, and its due date. */
    public String labelOf(SummaryObligation obligation, UiLanguage language) {
        String kind = obligation.kindName() == null ? obligation.kind() : obligation.kindName().in(language);
        if (kind == null || kind.isBlank()) {
            kind = obligation.kind();
        }
        return obligation.dueDate() == null ? kind : kind + " (" + Dates.format(obligation.dueDate(), language) + ")";
    }

    /** Per obligation the count in each state, stacked: one series per state, one bar per obligation. */
    public SeriesChart chart(UiLanguage language) {
        List<SummaryObligation> obligations = fetched.ok() ? fetched.value().obligations() : List.of();
        List<SeriesChart.Series> series = new ArrayList<>();
        for (String state : STATES) {
            series.add(new SeriesChart.Series(state, state,
                    obligations.stream().map(o -> (double) o.counts().count(state)).toList()));
        }
        return new SeriesChart("bar", true, "number",
                obligations.stream().map(o -> labelOf(o, language)).toList(), series);
    }

    public String chartJson(UiLanguage language) {
        return chart(language).toJson();
    }

    public boolean hasObligations() {
        return fetched.ok() && !fetched.value().obligations().isEmpty();
    }
}
