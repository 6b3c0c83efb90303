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
import nl.sto.platform.portal.PortalVisit.Wording;

/**
 * The reminders in the portal: the region's own page shows what was sent and what is planned (the demo data gives R01
 * contacts and a demo regulation whose obligations fall due in 3, 20 and 70 days, so announcements go out at once and
 * later steps are planned), the ministry's overview shows every region's failures first and resends one, the templates
 * can be read in both languages and sent to oneself, and a ministry-admin pauses and resumes a region's reminders.
 * Every one of these pages is read in Dutch and in English, and on a phone's screen as well as a desktop's.
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
        visit.checkedInDutchAndEnglish("school-region-R01-reminders",
                new Wording("#reminders-title", "Herinneringen", "Reminders"),
                new Wording("#reminders-table", "Aankondiging", "Announcement"));

        Locator sent = rows.filter(new Locator.FilterOptions().setHasText("Verstuurd"))
                .filter(new Locator.FilterOptions().setHasText("Aankondiging")).first();
        sent.getByRole(AriaRole.LINK).first().click();
        assertThat(visit.heading()).hasText("Herinnering: Aankondiging");
        assertThat(page.locator("#reminder-status")).containsText("Verstuurd");
        assertThat(page.locator("#attempts-table tbody tr").last()).containsText("Verstuurd");
        visit.checkedInDutchAndEnglish("school-reminder",
                new Wording("h1", "Herinnering: Aankondiging", "Reminder: Announcement"),
                new Wording("#reminder-status", "Verstuurd", "Sent"));
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
            visit.checkedInDutchAndEnglish("ministry-reminders", new Wording("h1", "Herinneringen", "Reminders"),
                    new Wording("#filter", "Mislukt", "Failed"));

            page.locator("#filter-permanent-failure").check();
            page.locator("#filter button[type=submit]").click();
            page.waitForURL(url -> url.contains("status=permanent-failure"));
            Locator failed = page.locator("#reminders-table tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(address));
            visit.reloadUntil(failed, "Mislukt");
            Locator row = failed.first();
            assertThat(row).containsText("het e-mailadres van de contactpersoon is geen geldig adres");
            String rowId = row.getAttribute("id");
            int attempts = Integer.parseInt(row.locator(".reminder-attempts").textContent().strip());
            visit.checkedOnDesktopAndPhone("ministry-reminders-failed");

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
            // Each attempt keeps what was answered, as it was (marked English).
            assertThat(page.locator("#attempts-table [lang=en]").first()).containsText("invalid address");
            visit.checkedInDutchAndEnglish("ministry-reminder-attempts",
                    new Wording("h1", "Herinnering: Aankondiging", "Reminder: Announcement"),
                    new Wording("#attempts-table", "Mislukt", "Failed"));

            PortalVisit lead = anotherPerson();
            lead.logIn("school", "sto-schools", "lead-r01");
            lead.open("school/regions/R01#reminders");
            assertThat(lead.page().locator("#reminders-failed")).containsText("niet worden bezorgd");
            Locator leadsRow = lead.page().locator("#reminders-table tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(address)).first();
            assertThat(leadsRow).containsText("Mislukt");
            assertThat(leadsRow).containsText("het e-mailadres van de contactpersoon is geen geldig adres");
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
        assertThat(page.locator("#template-announcement")).containsText("Aankondiging");
        visit.checkedInDutchAndEnglish("ministry-templates",
                new Wording("h1", "Sjablonen van de herinneringen", "Reminder templates"),
                new Wording("#template-overdue-1", "Te laat (1)", "Overdue (1)"));

        page.locator("#template-announcement").getByRole(AriaRole.LINK).first().click();
        assertThat(visit.heading()).hasText("Sjabloon: Aankondiging");
        assertThat(page.locator("#preview-subject")).not().isEmpty();
        assertThat(page.locator("#preview-text")).containsText("Voorbeeldcontactpersoon");
        // The HTML part is shown as its source, never rendered into the page.
        visit.expand("HTML-versie");
        assertThat(page.locator("#preview-html")).containsText("<html");
        visit.checkedOnDesktopAndPhone("ministry-template-announcement-nl");

        page.locator("#send-test button[type=submit]").click();
        assertThat(page.locator("#test-sent")).containsText("admin@ministerie.sto.example");
        visit.checked("ministry-template-test-sent");

        page.locator("#other-language").click();
        assertThat(page.locator("#preview-text")).containsText("Sample contact");
        visit.inEnglish();
        assertThat(visit.heading()).hasText("Template: Announcement");
        visit.expand("HTML version");
        assertThat(page.locator("#preview-html")).containsText("<html");
        visit.checkedOnDesktopAndPhone("ministry-template-announcement-en");
        visit.inDutch();
    }

    @Test
    void anAdminPausesARegionsRemindersWithAReasonAndResumesThem() {
        try {
            visit.logIn("ministry", "sto-ministry", "admin");
            visit.open("ministry/regions/" + PAUSED_REGION + "#reminders");
            Page page = visit.page();
            assertThat(page.locator("#reminders-paused")).hasCount(0);
            visit.expand("Herinneringen pauzeren");
            visit.checkedOnDesktopAndPhone("ministry-region-pause");

            // The reason is required: the service's refusal is shown with the form, in Dutch.
            page.locator("#pause-reminders button[type=submit]").click();
            assertThat(page.locator("#pause-reminders .error-summary")).containsText("Reden: vul dit in");
            assertThat(page.locator("#pause-reminders-reason-error")).hasText("Fout: vul dit in");
            visit.checked("ministry-region-pause-refused");

            page.locator("#pause-reminders-reason").fill("Adressen worden gecontroleerd");
            page.locator("#pause-reminders button[type=submit]").click();
            assertThat(page.locator("#reminders .outcome")).hasText("De herinneringen van deze regio zijn gepauzeerd.");
            assertThat(page.locator("#reminders-paused")).containsText("Adressen worden gecontroleerd");
            visit.checkedOnDesktopAndPhone("ministry-region-paused");

            // The same in English: what the pause says, resuming, and the form to pause again.
            visit.inEnglish();
            assertThat(page.locator("#reminders-paused")).containsText("The reminders of this region are paused");
            visit.checkedOnDesktopAndPhone("ministry-region-paused-en");
            page.locator("#resume-reminders").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Resume reminders")).click();
            assertThat(page.locator("#reminders .outcome"))
                    .hasText("The reminders of this region are being sent again.");
            assertThat(page.locator("#reminders-paused")).hasCount(0);
            visit.expand("Pause reminders");
            visit.checkedOnDesktopAndPhone("ministry-region-pause-en");
            visit.inDutch();
        } finally {
            String admin = KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
            int status = given().auth().oauth2(admin)
                    .delete(RunningPlatform.NOTIFICATIONS + "/api/regions/" + PAUSED_REGION + "/reminder-pause")
                    .statusCode();
            assertThat(status).as("resuming %s's reminders after the test", PAUSED_REGION).isLessThan(300);
        }
    }
}
