package nl.sto.portal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ReportViews.Allowed;
import nl.sto.portal.client.reports.ReportViews.Report;
import nl.sto.portal.client.reports.ReportViews.Review;
import nl.sto.portal.client.reports.ReportViews.Section;
import nl.sto.portal.client.reports.ReportViews.SectionContent;
import nl.sto.portal.client.reports.ReportViews.Version;
import nl.sto.portal.client.reports.ReportViews.YearAmount;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/** Small, real values of reports-service's answers for the unit tests of the report pages' logic. */
final class ReportFixtures {

    static final LocalDate DUE = LocalDate.of(2021, 11, 1);

    private ReportFixtures() {
    }

    static PortalUser user(Audience audience, String... roles) {
        return new PortalUser("Test", "test", audience, "", List.of(roles));
    }

    static Report report(String status, Review lastReview, Section... sections) {
        return new Report("rep-1", "R01", "obl-1", "STO-2020-2023", "PROGRESS_REPORT_1",
                new Names("Eerste voortgangsrapportage", "First progress report"), DUE, status,
                new Version(1, status, null, 3, List.of(sections), List.of(), null, null), lastReview, List.of(), null);
    }

    static Section amounts(String key, YearAmount... years) {
        return new Section(key, SectionShape.AMOUNTS, new Names(key, key), true, years.length > 0,
                new SectionContent(null, null, null, List.of(years), null), null, null);
    }

    static Section aim(String key) {
        return new Section(key, SectionShape.AIM, new Names("Doel: " + key, "Aim: " + key), true, false, null, null,
                null);
    }

    static Section aim(String key, String activities, String results) {
        return new Section(key, SectionShape.AIM, new Names("Doel: " + key, "Aim: " + key), true, true,
                new SectionContent(activities, results, null, List.of(), null), null, null);
    }

    static YearAmount year(int year, String amount) {
        return new YearAmount(year, new BigDecimal(amount));
    }

    static Review returned(Map<String, String> comments) {
        return new Review(1, "RETURNED", null, "Reviewer", "Graag aanvullen", comments);
    }

    static ReportPage page(Report report, FormFeedback feedback, LocalDate today) {
        return new ReportPage(new ReportRef("school", "R01", report.id()), null, report, "\"3\"",
                Allowed.NOTHING, ReportAudit.NONE, feedback, Outcome.NONE, Set.of(), today, UiLanguage.NL,
                RegionFiguresPanel.NONE, ReportPage.SectionPrefill.NONE, ReportChanges.NONE);
    }
}
