package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * Every main page of the portal on a phone (390 px wide): nothing makes the page scroll sideways, a wide table
 * scrolls within its own region or stacks its rows, and each page passes the accessibility checks at that width;
 * and none holds English on a Dutch page.
 * Forms and details of these pages are walked by the other tests; this one walks the pages themselves.
 */
class PhoneLayoutIT extends PortalIT {

    private static final List<String> MINISTRY_PAGES = List.of("ministry/start", "ministry/overview",
            "ministry/overview/register",
            "ministry/regions", "ministry/regions/R01", "ministry/regulations", "ministry/deadlines", "ministry/reports",
            "ministry/reminders", "ministry/reminder-templates", "ministry/monitor", "ministry/monitor/compliance",
            "ministry/monitor/subscriptions", "ministry/monitor/imports", "ministry/me");

    @Test
    void theStartPageFitsAPhone() {
        visit.open("");
        visit.checkedOnAPhone("phone-home");
    }

    @Test
    void theLeadsPagesFitAPhone() {
        visit.logIn("school", "sto-schools", "lead-r01");
        for (String path : List.of("school/regions", "school/regions/R01", "school/me")) {
            openedOnAPhone(path, "phone-" + path.replace('/', '-'));
        }
        // The step before what cannot be undone fits too: removing a contact asks first (and is not confirmed here).
        visit.open("school/regions/R01");
        visit.page().locator("#contacts form[id^=remove-contact] button[type=submit]").first().click();
        assertThat(visit.page().locator("#confirm-title")).hasText("Contactpersoon verwijderen?");
        assertThat(visit.page().locator("main [lang=en]")).hasCount(0);
        visit.checkedOnAPhone("phone-school-confirm-remove-contact");
    }

    @Test
    void theBusinessPagesFitAPhone() {
        visit.logIn("business", "sto-businesses", "biz-r01");
        for (String path : List.of("business/regions", "business/regions/R01")) {
            openedOnAPhone(path, "phone-" + path.replace('/', '-'));
        }
    }

    @Test
    void theMinistrysPagesFitAPhone() {
        visit.logIn("ministry", "sto-ministry", "admin");
        for (String path : MINISTRY_PAGES) {
            openedOnAPhone(path, "phone-" + path.replace('/', '-'));
        }
        visit.open("ministry/regulations");
        visit.page().locator("#regulations-table tbody tr").first().getByRole(AriaRole.LINK).first().click();
        visit.checkedOnAPhone("phone-ministry-regulation");
    }

    /** Also: a Dutch page holds no text the portal had to leave in English (it marks such text lang="en"). */
    private void openedOnAPhone(String path, String screenshot) {
        Response response = visit.open(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(visit.heading()).isVisible();
        assertThat(visit.page().locator("html")).hasAttribute("lang", "nl");
        assertThat(visit.page().locator("main [lang=en]")).hasCount(0);
        visit.checkedOnAPhone(screenshot);
    }
}
