package nl.sto.portal.regions;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.format.Dates;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionViews.Statement;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.client.ServiceCalls;
import nl.sto.portal.client.ServiceCalls.Pending;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/**
 * Renders the region page: on a plain visit, after a form's redirect (with its {@link Outcome}), and when a form
 * was refused (with its {@link FormFeedback} and the refusal's status).
 */
@ApplicationScoped
public class RegionPageRenderer {

    @CheckedTemplate(basePath = "regions")
    static class Templates {
        static native TemplateInstance region(UiLanguage lang, PortalUser user, RegionPage page);
    }

    private final RegionsClient regions;
    private final ObligationsReader obligations;
    private final RemindersReader reminders;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final ServiceCalls calls;

    RegionPageRenderer(@RestClient RegionsClient regions, ObligationsReader obligations, RemindersReader reminders,
            CurrentUser currentUser, ObjectMapper json, ServiceCalls calls) {
        this.calls = calls;
        this.regions = regions;
        this.obligations = obligations;
        this.reminders = reminders;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * The region, its obligations and its reminders are asked for at once; the region's answer counts first, because
     * it refuses people of other regions.
     */
    public RestResponse<TemplateInstance> show(String audience, String code, LanguageChoice choice,
            FormFeedback feedback, Outcome done, int status) {
        PortalUser user = currentUser.get();
        Pending<RegionDetail> asked = calls.start(() -> regions.region(code));
        Pending<RegionObligations> owed = calls.start(() -> obligations.of(code));
        Pending<RegionReminders> planned = calls.start(() -> reminders.of(code));
        RegionDetail region = asked.get();
        // A business reads only its own statements; only the business itself needs their history.
        List<Statement> history = region.yourRole() == RegionRole.BUSINESS ? regions.cofinancingHistory(code)
                : List.of();
        RegionPage page = new RegionPage(audience, region, region.allowed(), history, owed.get(), planned.get(),
                feedback, done, LocalDate.now(Dates.PROGRAMME_ZONE), MoneyChart.of(region.years()).toJson(json));
        return Pages.render(Templates.region(choice.language(), user, page), choice, status);
    }
}
