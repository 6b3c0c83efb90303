package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import nl.sto.platform.portal.PortalVisit.Wording;

/**
 * The monitor pages in the portal against the platform of {@code ./sto up}, whose demo data includes the shipped DUO
 * files (so {@code technical-share-y3} has 2019-2020 nationally, 19.12%): the dashboard's chart and table, the
 * imports with their progress bars, the compliance board, and a webhook subscription made, its secret shown once, and
 * deleted again; a reviewer gets no imports or webhooks, a school no monitor at all.
 * <p>
 * The subscription's address is in TEST-NET-3 ({@code 203.0.113.10}, RFC 5737: for documentation, routed nowhere),
 * which monitor-service accepts as a public address without a name to resolve; its deliveries fail, which is fine, and
 * the test deletes it. Another address can be given with {@code -Dsto.it.webhook-url=}.
 */
class MonitorPortalIT extends PortalIT {

    private static final String WEBHOOK_URL = System.getProperty("sto.it.webhook-url", "http://203.0.113.10/hook");

    @Test
    void theMonitorTeamSeesTheTechnicalShareAsChartAndTable() {
        visit.logIn("ministry", "sto-ministry", "monitor");
        Page page = visit.page();
        // The monitor team's login leads to the dashboard.
        assertThat(page).hasURL(RunningPlatform.PORTAL + "/ministry/monitor");
        visit.menu("Monitor");
        assertThat(visit.heading()).hasText("Monitor");

        Locator share = page.locator("#indicator-technical-share-y3");
        assertThat(share.locator("h2")).not().isEmpty();
        Locator total2019 = share.locator("table tbody tr.total")
                .filter(new Locator.FilterOptions().setHasText("2019-2020"));
        assertThat(total2019).hasCount(1);
        // 11,763 of 61,508 year-3 students: 19.12%, shown with one decimal.
        assertThat(total2019).containsText(Pattern.compile("19,\\d%"));
        assertThat(share.locator("table")).containsText("BL");
        page.waitForFunction("() => window.Chart !== undefined && window.Chart.getChart("
                + "document.getElementById('chart-technical-share-y3')) !== undefined");
        // The definition is behind a disclosure.
        share.locator("summary").first().click();
        assertThat(share.locator("details")).containsText("DUO");
        assertThat(page.locator("#feed-title")).hasText("Laatste gebeurtenissen");
        visit.checkedInDutchAndEnglish("monitor-dashboard",
                new Wording("#shown-for", "landelijk", "national"),
                new Wording("#feed-title", "Laatste gebeurtenissen", "Latest events"));
        assertThat(total2019).containsText(Pattern.compile("19,\\d%"));
    }

    @Test
    void theFeedThatTheDashboardReloadsIsAPageOfItsOwn() {
        visit.logIn("ministry", "sto-ministry", "monitor");
        Response feed = visit.open("ministry/monitor/events");
        assertThat(feed.status()).isEqualTo(200);
        Page page = visit.page();
        assertThat(page.locator("#feed-unavailable")).hasCount(0);
        assertThat(page.locator("#feed-refresh")).isVisible();
        visit.checkedInDutchAndEnglish("monitor-feed", new Wording("#feed-title", "Laatste gebeurtenissen",
                "Latest events"));
    }

    @Test
    void theImportsOfTheDemoDataAreDoneWithAFullProgressBar() {
        visit.logIn("ministry", "sto-ministry", "monitor");
        visit.open("ministry/monitor/imports");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Imports");
        Locator done = page.locator("#imports-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("Klaar|Ongewijzigd")));
        assertThat(done.first()).isVisible();
        assertThat(done.first().locator("progress")).hasAttribute("value", "100");
        // The monitor team may import; the form is there.
        assertThat(page.locator("#upload")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Meegeleverde bestanden importeren"))).isVisible();
        visit.checkedInDutchAndEnglish("monitor-imports", new Wording("h1", "Imports", "Imports"),
                new Wording("#imports-table", "Regels gelezen", "Rows read"));

        done.first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("#run-details")).isVisible();
        visit.checkedInDutchAndEnglish("monitor-import-run",
                new Wording("#run-status-title", "Stand van de import", "State of the import"),
                new Wording("#rejections-title", "Afgewezen regels", "Rejected lines"));
    }

    @Test
    void theMinistryStartsWithTheComplianceSummaryAndTheRegionsAtRisk() {
        visit.logIn("ministry", "sto-ministry", "admin");
        Page page = visit.page();
        assertThat(page).hasURL(RunningPlatform.PORTAL + "/ministry/start");
        assertThat(visit.heading()).hasText("Start");
        // The demo data's practice regulation gives every region obligations.
        assertThat(page.locator("#summary-table")).isVisible();
        assertThat(page.locator("#summary-unavailable")).hasCount(0);
        assertThat(page.locator("#at-risk-title")).isVisible();
        assertThat(page.locator("#at-risk-unavailable")).hasCount(0);
        visit.checkedInDutchAndEnglish("ministry-start", new Wording("h1", "Start", "Start"),
                new Wording("#summary-title", "Stand van de verplichtingen", "State of the obligations"),
                new Wording("#tasks-title", "Uw taken", "Your tasks"));

        page.locator("#tasks").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rapportages"))
                .click();
        assertThat(visit.heading()).hasText("Rapportages");
        visit.menu("Mijn gegevens");
        assertThat(page.locator("#user-roles")).containsText("ministry-admin");
    }

    @Test
    void theComplianceBoardRenders() {
        visit.logIn("ministry", "sto-ministry", "admin").menu("Naleving");
        Page page = visit.page();
        assertThat(visit.heading()).hasText("Naleving");
        assertThat(page.locator("#summary-title")).isVisible();
        assertThat(page.locator("#at-risk-title")).isVisible();
        assertThat(page.locator("#summary-unavailable")).hasCount(0);
        assertThat(page.locator("#cofinancing-unavailable")).hasCount(0);
        visit.checkedInDutchAndEnglish("monitor-compliance", new Wording("h1", "Naleving", "Compliance"),
                new Wording("#cofinancing-title", "Cofinanciering", "Co-financing"));

        // A select of the regions (from regions-service), or a text field for the code when they cannot be had.
        Locator region = page.locator("#board-filter-region");
        if ("select".equals(region.evaluate("e => e.tagName.toLowerCase()"))) {
            region.selectOption("R01");
        } else {
            region.fill("R01");
        }
        page.locator("#board-filter button[type=submit]").click();
        page.waitForURL(url -> url.contains("region=R01"));
        assertThat(page.locator("#region-board")).not().containsText("niet beschikbaar");
        visit.checked("monitor-compliance-R01");
    }

    @Test
    void aSubscriptionShowsItsSecretOnceIsListedReplaysAndIsDeleted() {
        visit.logIn("ministry", "sto-ministry", "monitor");
        visit.open("ministry/monitor/subscriptions");
        Page page = visit.page();
        visit.checkedInDutchAndEnglish("monitor-subscriptions", new Wording("h1", "Webhooks", "Webhooks"),
                new Wording("#subscriptions-list-title", "Abonnementen", "Subscriptions"),
                new Wording("#subscribe-title", "Nieuw abonnement", "New subscription"));
        String description = "MonitorPortalIT " + runId();
        page.locator("#subscribe-url").fill(WEBHOOK_URL);
        page.locator("#subscribe-description").fill(description);
        page.locator("#subscribe-contactEmail").fill("monitor@sto.example");
        page.locator("#subscribe-typePrefix").fill("nl.sto.");
        page.locator("#subscribe-regions").fill("R01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonnement aanmaken")).click();

        assertThat(visit.heading()).hasText("Abonnement aangemaakt");
        assertThat(page.locator("#secret")).hasValue(Pattern.compile("^whsec_.+"));
        assertThat(page.locator("#secret-warning")).containsText("maar één keer");
        assertThat(page.url()).doesNotContain("whsec_");
        visit.checked("monitor-subscription-secret");
        // The post was answered with a redirect: a reload asks for the page again, which no longer has the secret
        // (and makes no second subscription).
        assertSecretGoneOnReload(page);
        visit.checkedInDutchAndEnglish("monitor-subscription-secret-shown",
                new Wording("h1", "Geheim al getoond", "Secret shown already"));

        page.locator("#to-subscription").click();
        String subscription = page.url().replaceAll("[?#].*", "").substring(RunningPlatform.PORTAL.length() + 1);
        assertThat(page.locator("#subscription-details")).containsText(description);
        assertThat(page.locator("#subscription-details")).containsText("nl.sto.");
        // The secret is not shown again, anywhere.
        assertThat(page.locator("#secret")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("whsec_");
        visit.checkedInDutchAndEnglish("monitor-subscription",
                new Wording("#subscription-details-title", "Gegevens", "Details"),
                new Wording("#deliveries-title", "Bezorgingen", "Deliveries"));

        // A new secret is shown once too, in the language the person chose.
        visit.inEnglish();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a new secret")).click();
        assertThat(visit.heading()).hasText("New secret");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#secret")).hasValue(Pattern.compile("^whsec_.+"));
        assertThat(page.locator("#secret-warning")).containsText("24 hours");
        visit.checked("monitor-subscription-rotated-en");
        Response reloaded = page.reload();
        assertThat(reloaded.status()).isEqualTo(410);
        assertThat(visit.heading()).hasText("Secret shown already");
        assertThat(page.locator("main")).not().containsText("whsec_");
        visit.inDutch();

        visit.open("ministry/monitor/subscriptions");
        assertThat(page.locator("#subscriptions-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText(description))).hasCount(1);
        assertThat(page.locator("main")).not().containsText("whsec_");

        // Replaying R01's events from long ago makes deliveries (to an address that never answers).
        visit.open(subscription);
        page.locator("#replay-since").fill("2000-01-01T00:00");
        page.locator("#replay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnieuw afspelen"))
                .click();
        page.waitForURL(url -> url.contains("/replays/"));
        assertThat(page.locator("#replay .outcome")).isVisible();
        visit.checkedInDutchAndEnglish("monitor-replay", new Wording("h1", "Opnieuw afspelen", "Replay"),
                new Wording("#replay-details", "Vanaf", "From"));

        visit.open(subscription);
        Locator delivery = page.locator("#deliveries-table tbody tr");
        visit.reloadUntil(delivery, "nl.sto.");
        delivery.first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("#delivery-details")).isVisible();
        visit.checkedInDutchAndEnglish("monitor-delivery", new Wording("h1", "Bezorging", "Delivery"),
                new Wording("#attempts-title", "Pogingen", "Attempts"));

        // Deleting asks first, since it cannot be undone.
        visit.open(subscription + "/delete");
        assertThat(page.locator("#delete-warning")).containsText("niet ongedaan");
        visit.checkedInDutchAndEnglish("monitor-subscription-delete",
                new Wording("h1", "Abonnement verwijderen", "Delete the subscription"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Definitief verwijderen")).click();
        assertThat(page.locator("#subscriptions .outcome")).containsText("verwijderd");
        assertThat(page.locator("main")).not().containsText(description);
    }

    private void assertSecretGoneOnReload(Page page) {
        Response reloaded = page.reload();
        assertThat(reloaded.status()).isEqualTo(410);
        assertThat(visit.heading()).hasText("Geheim al getoond");
        assertThat(page.locator("#secret")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("whsec_");
        assertThat(page.locator("#secret-shown")).containsText("Nieuw geheim maken");
        visit.checked("monitor-subscription-secret-shown");
    }

    @Test
    void aReviewerReadsTheMonitorButHasNoImportsOrWebhooks() {
        visit.logIn("ministry", "sto-ministry", "reviewer").menu("Monitor");
        assertThat(visit.heading()).hasText("Monitor");
        assertThat(visit.page().locator("main nav")).not().containsText("Webhooks");
        assertThat(visit.page().locator("main nav")).not().containsText("Imports");

        Response subscriptions = visit.open("ministry/monitor/subscriptions");
        assertThat(subscriptions.status()).isEqualTo(403);
        assertThat(visit.heading()).hasText("Geen toegang");
        Response imports = visit.open("ministry/monitor/imports");
        assertThat(imports.status()).isEqualTo(403);
        visit.checked("reviewer-monitor-no-access");
    }

    @Test
    void aSchoolHasNoMonitor() {
        visit.logIn("school", "sto-schools", "lead-r01");
        assertThat(visit.page().locator(".area-nav")).not().containsText("Monitor");
        assertThat(visit.page().locator(".area-nav")).not().containsText("Naleving");
        // The ministry's pages belong to the ministry's login: a school's session does not reach them.
        visit.open("ministry/monitor");
        visit.page().waitForURL(url -> url.startsWith(RunningPlatform.KEYCLOAK + "/realms/sto-ministry/"));
        assertThat(visit.page().locator("body")).not().containsText("Aandeel leerjaar 3");
    }
}
