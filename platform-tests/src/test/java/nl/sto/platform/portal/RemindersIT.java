package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.sto.devstack.KeycloakTokens;

/**
 * The reminders in the portal: the region's own page shows what was sent and what is planned (the demo data gives R01
 * contacts and a demo regulation whose obligations fall due in 3, 20 and 70 days, so announcements go out at once and
 * later steps are planned), the ministry's overview shows every region's failures first and resends one, the templates
 * can be read in both languages and sent to oneself, and a ministry-admin pauses and resumes a region's reminders.
 */
class RemindersIT extends PortalIT {

    /** A region that no other test uses, for pausing. */
    private static final String PAUSED_REGION = "R40";

    @Test
    void theLeadSeesWhatWasSentToR01AndWhatIsPlannedInDutchAndEnglish() {
        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("school/regions/R01#reminders");
        Page page = visit.page();

        assertThat(page.locator("#reminders-title")).hasText("Herinneringen");
        Locator rows = page.locator("#reminders-table tbody tr");
        // The announcements follow from the demo data's events, a moment after the platform started.
        visit.reloadUntil(rows, "Verstuurd");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Aankondiging")).first()).isVisible();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Gepland")).first()).isVisible();
        assertThat(page.locator("#reminders-table")).containsText("Demo: activiteitenplan");
        // A lead reads; pausing is the ministry's.
        assertThat(page.locator("#pause-reminders")).hasCount(0);
        assertThat(page.locator("#resume-reminders")).hasCount(0);
        visit.checked("school-region-R01-reminders");

        Locator sent = rows.filter(new Locator.FilterOptions().setHasText("Verstuurd"))
                .filter(new Locator.FilterOptions().setHasText("Aankondiging")).first();
        sent.getByRole(AriaRole.LINK).first().click();
        assertThat(visit.heading()).hasText("Herinnering: Aankondiging");
        assertThat(page.locator("#reminder-status")).containsText("Verstuurd");
        assertThat(page.locator("#attempts-table tbody tr").last()).containsText("Verstuurd");
        visit.checked("school-reminder");

        visit.open("school/regions/R01?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#reminders-title")).hasText("Reminders");
        assertThat(page.locator("#reminders-table")).containsText("Announcement");
        assertThat(page.locator("#reminders-table")).containsText("Sent");
        visit.checked("school-region-R01-reminders-en");
    }

    @Test
    void theMinistryResendsAMessageThatCouldNotBeDeliveredAndTheLeadSeesTheFailure() {
        // regions-service takes an address without a dot in its domain; the mailer refuses it (permanent failure).
        String run = runId().toLowerCase(Locale.ROOT);
        String address = "onbereikbaar-" + run + "@regio-emmen";
        String contact = RegionsApi.addContact("R01", "Onbereikbaar " + run, address, "Test", "nl");
        try {
            visit.logIn("ministry", "sto-ministry", "admin").menu("Herinneringen");
            Page page = visit.page();
            assertThat(visit.heading()).hasText("Herinneringen");
            visit.checked("ministry-reminders");

            page.locator("#filter-permanent-failure").check();
            page.locator("#filter button[type=submit]").click();
            page.waitForURL(url -> url.contains("status=permanent-failure"));
            Locator failed = page.locator("#reminders-table tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(address));
            visit.reloadUntil(failed, "Mislukt");
            Locator row = failed.first();
            assertThat(row).containsText("invalid address");
            String rowId = row.getAttribute("id");
            int attempts = Integer.parseInt(row.locator(".reminder-attempts").textContent().strip());
            visit.checked("ministry-reminders-failed");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnieuw versturen")).first().click();
            assertThat(page.locator("#reminders .outcome")).containsText("opnieuw te worden verstuurd");
            visit.checked("ministry-reminders-resent");

            // The dispatcher tries again and the mailer refuses again: one attempt more, failed again.
            Locator again = page.locator("#" + rowId);
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                if (again.count() > 0 && again.locator(".reminder-attempts").textContent().strip()
                        .equals(String.valueOf(attempts + 1))) {
                    return true;
                }
                page.reload();
                return false;
            });
            assertThat(again).containsText("Mislukt");
            again.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Aankondiging")).first()
                    .click();
            assertThat(page.locator("#attempts-table tbody tr")).hasCount(attempts + 1);
            assertThat(page.locator("#attempts-table")).containsText("invalid address");
            visit.checked("ministry-reminder-attempts");
            page.navigate(page.url() + "?lang=en");
            assertThat(visit.heading()).hasText("Reminder: Announcement");
            assertThat(page.locator("#attempts-table")).containsText("Failed");
            visit.checked("ministry-reminder-attempts-en");

            visit.open("ministry/reminders?lang=en");
            assertThat(visit.heading()).hasText("Reminders");
            assertThat(page.locator("#filter")).containsText("Failed");
            visit.checked("ministry-reminders-en");

            PortalVisit lead = anotherPerson();
            lead.logIn("school", "sto-schools", "lead-r01");
            lead.open("school/regions/R01#reminders");
            assertThat(lead.page().locator("#reminders-failed")).containsText("niet worden bezorgd");
            Locator leadsRow = lead.page().locator("#reminders-table tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(address)).first();
            assertThat(leadsRow).containsText("Mislukt");
            assertThat(leadsRow).containsText("invalid address");
            lead.checked("school-region-R01-reminder-failed");
        } finally {
            RegionsApi.removeContact("R01", contact);
        }
    }

    @Test
    void theMonitorTeamReadsTheOverviewButResendsNothing() {
        visit.logIn("ministry", "sto-ministry", "monitor");
        visit.open("ministry/reminders?status=permanent-failure&status=technical-failure");
        assertThat(visit.heading()).hasText("Herinneringen");
        assertThat(visit.page().locator("#filter-permanent-failure")).isChecked();
        assertThat(visit.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw versturen")))
                .hasCount(0);
        visit.checked("monitor-reminders");
    }

    @Test
    void anAdminReadsTheTemplatesInBothLanguagesAndSendsItselfATest() {
        visit.logIn("ministry", "sto-ministry", "admin").menu("Herinneringen");
        Page page = visit.page();
        page.locator("#templates-link").click();
        assertThat(visit.heading()).hasText("Sjablonen van de herinneringen");
        assertThat(page.locator("#template-announcement")).containsText("Aankondiging");
        assertThat(page.locator("#template-overdue-1")).containsText("Te laat (1)");
        visit.checked("ministry-templates");

        page.locator("#template-announcement").getByRole(AriaRole.LINK).first().click();
        assertThat(visit.heading()).hasText("Sjabloon: Aankondiging");
        assertThat(page.locator("#preview-subject")).not().isEmpty();
        assertThat(page.locator("#preview-text")).containsText("Voorbeeldcontactpersoon");
        // The HTML part is shown as its source, never rendered into the page.
        visit.expand("HTML-versie");
        assertThat(page.locator("#preview-html")).containsText("<html");
        visit.checked("ministry-template-announcement-nl");

        page.locator("#send-test button[type=submit]").click();
        assertThat(page.locator("#test-sent")).containsText("admin@ministerie.sto.example");
        visit.checked("ministry-template-test-sent");

        page.locator("#other-language").click();
        assertThat(page.locator("#preview-text")).containsText("Sample contact");
        visit.open("ministry/reminder-templates/announcement/en?lang=en");
        assertThat(visit.heading()).hasText("Template: Announcement");
        visit.checked("ministry-template-announcement-en");
        visit.open("ministry/reminder-templates?lang=en");
        assertThat(visit.heading()).hasText("Reminder templates");
        visit.checked("ministry-templates-en");
    }

    @Test
    void anAdminPausesARegionsRemindersWithAReasonAndResumesThem() {
        try {
            visit.logIn("ministry", "sto-ministry", "admin");
            visit.open("ministry/regions/" + PAUSED_REGION + "#reminders");
            Page page = visit.page();
            assertThat(page.locator("#reminders-paused")).hasCount(0);

            // The reason is required: the service's refusal is shown with the form.
            visit.expand("Herinneringen pauzeren");
            page.locator("#pause-reminders button[type=submit]").click();
            assertThat(page.locator("#pause-reminders .error-summary")).containsText("Reden");
            visit.checked("ministry-region-pause-refused");

            page.locator("#pause-reminders-reason").fill("Adressen worden gecontroleerd");
            page.locator("#pause-reminders button[type=submit]").click();
            assertThat(page.locator("#reminders .outcome")).hasText("De herinneringen van deze regio zijn gepauzeerd.");
            assertThat(page.locator("#reminders-paused")).containsText("Adressen worden gecontroleerd");
            visit.checked("ministry-region-paused");

            page.locator("#resume-reminders button[type=submit]").click();
            assertThat(page.locator("#reminders .outcome"))
                    .hasText("De herinneringen van deze regio worden weer verstuurd.");
            assertThat(page.locator("#reminders-paused")).hasCount(0);
        } finally {
            String admin = KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
            int status = given().auth().oauth2(admin)
                    .delete(RunningPlatform.NOTIFICATIONS + "/api/regions/" + PAUSED_REGION + "/reminder-pause")
                    .statusCode();
            assertThat(status).as("resuming %s's reminders after the test", PAUSED_REGION).isLessThan(300);
        }
    }
}
