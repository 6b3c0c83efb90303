package nl.sto.portal.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.regions.RegionViews.Allowed;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.client.regions.RegionViews.Statement;
import nl.sto.portal.client.regions.RegionViews.Year;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormPage;
import nl.sto.portal.web.Outcome;

/**
 * Everything the region page shows.
 *
 * @param audience  the first path segment (school, business, ministry): the page's forms post below it
 * @param may       what the reader may do with the region, as regions-service says ({@code allowed})
 * @param history   the co-financing statements of the logged-in business, oldest first; empty for others
 * @param obligations what the region owes by when (from reports-service), with why each date is what it is
 * @param reminders the e-mails that remind the region's contact persons of those dates (from notification-service)
 * @param chartJson the grant and confirmed co-financing per year for the bar chart ({@link MoneyChart})
 */
public record RegionPage(String audience, RegionDetail region, Allowed may, List<Statement> history,
        RegionObligations obligations, RegionReminders reminders, FormFeedback feedback, Outcome done, LocalDate today,
        String chartJson)
        implements FormPage {

    public RegionPage {
        history = List.copyOf(history);
    }

    /** Ministry staff reach regions through the overview; everyone else through "Mijn regio's". */
    public boolean ministry() {
        return "ministry".equals(audience);
    }

    /** The item of the area's menu that led here. */
    public String menuItem() {
        return ministry() ? "overview" : "regions";
    }

    /** The page's own path, the base of its forms' actions. */
    @Override
    public String path() {
        return "/" + audience + "/regions/" + region.code();
    }

    /**
     * The name of each obligation in the language, by the obligation's id, to name the reminders after what they
     * remind of; a reminder of an obligation that reports-service did not list has none.
     */
    public Map<String, String> obligationNames(UiLanguage language) {
        return obligations.list().stream()
                .collect(Collectors.toMap(ObligationView::id, o -> o.kindName().in(language), (first, same) -> first));
    }

    /** Suggested year in the grant form. */
    public int thisYear() {
        return today.getYear();
    }

    /**
     * Suggested year in the co-financing form: a year the region has a grant for, this year's when it has one, else
     * the latest before it (the programme's years may have ended), else the first; this year when it has none yet.
     */
    public int commitmentYear() {
        List<Integer> granted = region.years().stream()
                .filter(y -> y.grant() != null && y.grant().signum() > 0).map(Year::year).sorted()
                .toList();
        return granted.stream().filter(year -> year <= thisYear()).reduce((earlier, later) -> later)
                .orElse(granted.isEmpty() ? thisYear() : granted.get(0));
    }

    /**
     * The business' statements that still wait for its confirmation: per year the latest statement, if it is
     * neither confirmed nor withdrawn (a confirmation and a withdrawal are themselves the latest statement of their
     * year).
     */
    public List<Statement> awaitingConfirmation() {
        Map<Integer, Statement> latest = new TreeMap<>();
        history.forEach(s -> latest.put(s.year(), s));
        return latest.values().stream().filter(s -> !s.confirmed() && !s.withdrawn()).toList();
    }

    /** History newest first, as people read a log. */
    public List<Statement> historyNewestFirst() {
        List<Statement> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
