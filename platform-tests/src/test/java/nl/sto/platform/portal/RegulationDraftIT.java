package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Regulations as data, in the portal: a ministry-admin drafts a regulation with two kinds of obligations without
 * any JavaScript of its own (the "add an obligation" button posts the form), sees the service's refusal next to
 * its field, previews which regions would owe what, publishes after a confirmation, and the regions' pages then
 * show the new programme period. Its period lies in the future, so that it never is the current one the other tests
 * read first; its codes are new each run, as the regulation stays in the demo database.
 */
class RegulationDraftIT extends PortalIT {

    @Test
    void anAdminDraftsPreviewsAndPublishesARegulationAndRegionsThenOweItsObligations() {
        String run = runId();
        String id = "PT-" + run;
        String title = "Portaltestregeling " + run;
        String plan = "PLAN_" + run;
        String milestone = "END_" + run;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate from = today.plusYears(3).withDayOfYear(1);
        LocalDate to = from.plusYears(4).minusDays(1);

        visit.logIn("ministry", "sto-ministry", "admin").menu("Regelingen");
        Page page = visit.page();
        page.locator("#new-draft").click();
        assertThat(visit.heading()).hasText("Een regeling opstellen");
        visit.checked("regulation-draft-new");

        page.locator("#draft-id").fill(id);
        page.locator("#draft-title").fill(title);
        page.locator("#draft-legalReference").fill("Stcrt. portaltest, regeling " + run);
        page.locator("#draft-publishedOn").fill(today.toString());
        page.locator("#draft-effectiveOn").fill(today.toString());
        page.locator("#draft-period\\.from").fill(from.toString());
        page.locator("#draft-period\\.to").fill(to.toString());
        page.locator("#draft-sourceNote").fill("Portaltest: een regeling die alleen in de test bestaat.");
        page.locator(kind(0, "code")).fill(plan);
        page.locator(kind(0, "abbreviation")).fill("PT" + (run.hashCode() & 0xfff));
        page.locator(kind(0, "name\\.nl")).fill("Testplan " + run);
        page.locator(kind(0, "name\\.en")).fill("Test plan " + run);
        page.locator(kind(0, "due\\.date")).fill(from.plusMonths(3).toString());
        page.locator(kind(0, "sections\\.aim-duurzaam")).selectOption("required");
        page.locator(kind(0, "free\\[0\\]\\.key")).fill("eigen-vraag");
        page.locator(kind(0, "free\\[0\\]\\.title\\.nl")).fill("Eigen vraag");
        page.locator(kind(0, "free\\[0\\]\\.title\\.en")).fill("Own question");

        page.locator("#add-kind").click();
        assertThat(page.locator(kind(1, "code"))).isVisible();
        assertThat(page.locator(kind(0, "code"))).hasValue(plan);
        page.locator(kind(1, "code")).fill(milestone);
        page.locator(kind(1, "abbreviation")).fill("PE" + (run.hashCode() & 0xfff));
        page.locator(kind(1, "name\\.nl")).fill("Testeinde " + run);
        page.locator(kind(1, "name\\.en")).fill("Test end " + run);
        page.locator(kind(1, "report")).selectOption("false");
        // outside the regulation's period: the service refuses it, naming the field
        page.locator(kind(1, "due\\.date")).fill(to.plusYears(1).toString());
        page.locator("#save-draft").click();

        assertThat(page.locator("#draft .error-summary")).containsText("Datum (verplichting 2)");
        assertThat(page.locator("#draft .error-summary")).containsText("dit ligt buiten de periode van ");
        assertThat(page.locator(kind(1, "due\\.date"))).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(kind(0, "code"))).hasValue(plan);
        visit.checked("regulation-draft-refused");

        page.locator(kind(1, "due\\.date")).fill(to.toString());
        page.locator("#save-draft").click();
        assertThat(page.locator("#regulation .outcome")).containsText("Het concept is opgeslagen");
        assertThat(page.locator("#kind-" + plan)).containsText("Eigen vraag");
        assertThat(page.locator("#kind-" + milestone)).containsText("mijlpaal");
        visit.checked("regulation-draft-saved");

        page.locator("#preview-draft").click();
        assertThat(page.locator("#draft-preview-summary")).containsText("verplichtingen voor");
        assertThat(page.locator("#per-kind-" + plan)).containsText("Testplan " + run);
        assertThat(page.locator("#sample-table")).containsText("R01");
        visit.checked("regulation-draft-preview");

        page.locator("#to-publish").click();
        assertThat(page.locator("#confirm-text")).containsText("ontstaan");
        assertThat(page.locator("#confirm-warning")).containsText("niet ongedaan");
        visit.checked("regulation-draft-confirm");
        page.locator("#publish button[type=submit]").click();
        assertThat(page.locator("#regulation .outcome")).containsText("De regeling is gepubliceerd");
        assertThat(page.locator("#version-1")).containsText("geldt nu");
        assertThat(page.locator("#draft")).hasCount(0);
        visit.checked("regulation-published");

        PortalVisit lead = anotherPerson();
        lead.logIn("school", "sto-schools", "lead-r01");
        lead.open("school/regions/R01#obligations");
        Locator group = lead.page().locator("#regulation-" + id);
        lead.reloadUntil(group, title);
        assertThat(group.locator("#obligation-" + plan)).containsText("Testplan " + run);
        assertThat(group.locator("#obligation-" + plan)).containsText("Rapportage starten");
        assertThat(group.locator("#obligation-" + milestone)).containsText("Testeinde " + run);
        assertThat(group.locator("#obligation-" + milestone)).not().containsText("Rapportage");
        lead.checked("school-region-R01-new-regulation");
    }

    @Test
    void aReviewerReadsTheRegulationsButGetsNoDraftingForm() {
        visit.logIn("ministry", "sto-ministry", "reviewer").menu("Regelingen");
        Page page = visit.page();
        assertThat(page.locator("#regulations-table")).containsText("Subsidieregeling sterk techniekonderwijs 2025-2028");
        assertThat(page.locator("#new-draft")).hasCount(0);
        page.locator("#regulation-STO-2025-2028 a").click();
        assertThat(page.locator("#kinds")).containsText("Plan op hoofdlijnen met begroting");
        assertThat(page.locator("#amend")).hasCount(0);
        visit.checked("reviewer-regulation");

        Response form = visit.open("ministry/regulations/new");
        assertEquals(403, form.status());
        assertThat(visit.heading()).hasText("Geen toegang");
    }

    @Test
    void aSchoolGetsNoMinistryPage() {
        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("ministry/regulations");
        visit.page().waitForURL(url -> url.startsWith(RunningPlatform.KEYCLOAK + "/realms/sto-ministry/"));
        assertThat(visit.page().locator("body")).not().containsText("Subsidieregeling");
    }

    private static String kind(int index, String field) {
        return "#draft-kinds\\[" + index + "\\]\\." + field;
    }
}
