package nl.sto.platform.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/**
 * A progress report from start to acceptance, in the browser: the lead of a region writes and submits it (late: the
 * 2021 due date is past), a reviewer returns it with a comment, the lead revises and resubmits it, the reviewer
 * accepts it. On a region of its own admitted in 2020 with lead-r01's board as lead, because the demo database
 * outlives runs and R01's first progress report can be started only once.
 */
class ReportsIT extends PortalIT {

    /** A one-page PDF: reports-service refuses a PDF without pages. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void theLeadWritesAndSubmitsAReportTheReviewerReturnsItAndAcceptsTheRevision() {
        String code = "RP-" + runId();
        RegionsApi.register(code, "Rapportagetest " + code, "1", LocalDate.of(2020, 3, 1));
        RegionsApi.addPartner(code, "BOARD", "41509", "Bevoegd gezag 41509", "lead");

        visit.logIn("school", "sto-schools", "lead-r01");
        visit.open("school/regions/" + code + "#obligations");
        Page lead = visit.page();
        // Obligations and access reach reports-service as events, a moment after the registration.
        Locator progress = lead.locator("#obligation-PROGRESS_REPORT_1");
        visit.reloadUntil(progress, "Rapportage starten");
        assertThat(lead.locator("#obligation-SPENDING_PERIOD_END")).not().containsText("Rapportage");
        visit.checked("report-region-obligations");

        progress.getByRole(AriaRole.BUTTON).click();
        lead.waitForURL(Pattern.compile(".*/school/regions/" + code + "/reports/[0-9a-f-]+\\?done=report-started.*"));
        String reportPath = lead.url().replaceAll("^https?://[^/]+/", "").replaceAll("\\?.*$", "");
        assertThat(visit.heading()).hasText("Eerste voortgangsrapportage – Rapportagetest " + code);
        assertThat(lead.locator("main .outcome").first()).hasText("De rapportage is gestart. Vul de onderdelen in.");
        assertThat(lead.locator("#report-due")).hasText("1 november 2021 – te laat");
        assertThat(lead.locator("#report-status")).hasText("Concept");
        visit.checked("report-draft-new");

        saveAim(lead, "aim-duurzaam", "Gastlessen door installateurs", "40 leerlingen kozen PIE");
        assertThat(lead.locator("#part-aim-duurzaam .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(lead.locator("#part-aim-duurzaam")).containsText("ingevuld");

        // Someone else saves while this page still shows the older draft: the save is refused, the text kept.
        Page other = lead.context().newPage();
        other.navigate(lead.url());
        saveAim(other, "aim-dekkend", "Hun versie", "Hun resultaten");
        assertThat(other.locator("#part-aim-dekkend .outcome")).hasText("Het onderdeel is opgeslagen.");
        saveAim(lead, "aim-dekkend", "Onze versie van het aanbod", "Elke leerling binnen 10 km");
        assertThat(lead.locator("#draft .error-summary"))
                .containsText("Iemand anders heeft dit onderdeel intussen gewijzigd");
        assertThat(lead.locator("#section-aim-dekkend-activities")).hasValue("Onze versie van het aanbod");
        assertThat(lead.locator("#part-aim-dekkend details")).containsText("Hun versie");
        visit.checked("report-section-conflict");
        lead.locator("#section-aim-dekkend button[type=submit]").click();
        assertThat(lead.locator("#part-aim-dekkend .outcome")).hasText("Het onderdeel is opgeslagen.");
        other.close();

        // The page lists what is still missing before the lead tries; the service refuses the same.
        Locator stillMissing = lead.locator("#submit-missing");
        assertThat(stillMissing).containsText("Nog in te vullen voordat de rapportage kan worden ingediend:");
        assertThat(stillMissing).containsText("Gevolgen van COVID-19");
        assertThat(stillMissing).not().containsText("Doel: duurzaam");
        lead.locator("#submit button[type=submit]").click();
        visit.confirm("Rapportage indienen?", "Daarna kan niemand deze versie nog wijzigen");
        Locator missing = lead.locator("#submit .error-summary");
        assertThat(missing).containsText("Doel: kwalitatief hoogstaand");
        assertThat(missing).containsText("Gevolgen van COVID-19: vul dit in");
        assertThat(missing).not().containsText("is required");
        assertThat(missing).containsText("Gerealiseerde cofinanciering");
        assertThat(missing).not().containsText("Doel: duurzaam");
        assertThat(missing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                Pattern.compile("^Gevolgen van COVID-19")))).hasAttribute("href", "#part-covid-19");
        visit.checked("report-submit-incomplete");

        // Nothing typed is lost: text typed in one section stays when another is saved, leaving the page before it
        // is saved asks first, and it saves itself once the section is complete.
        Locator activities = lead.locator("#section-aim-kwalitatief-hoogstaand-activities");
        Locator autosaved = lead.locator("#section-aim-kwalitatief-hoogstaand-autosave");
        activities.fill("Nieuwe keuzevakken");
        lead.locator("#section-covid-19-text").fill("Stages vielen weg.");
        lead.locator("#section-covid-19 button[type=submit]").first().click();
        assertThat(lead.locator("#part-covid-19 .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(lead.locator("#draft .error-summary")).containsText("Doel: kwalitatief hoogstaand – Resultaten");
        assertThat(activities).hasValue("Nieuwe keuzevakken");
        assertThat(autosaved).containsText("Nog niet automatisch opgeslagen: dit onderdeel is nog niet compleet");
        visit.checked("report-section-not-saved-yet");
        List<String> asked = new ArrayList<>();
        lead.onceDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        lead.locator("p.back a").click();
        assertThat(activities).hasValue("Nieuwe keuzevakken");
        assertThat(asked).containsExactly("beforeunload");
        lead.locator("#section-aim-kwalitatief-hoogstaand-results").fill("Dronetechniek in het aanbod");
        assertThat(autosaved).containsText(Pattern.compile("^Automatisch opgeslagen om \\d\\d:\\d\\d\\.$"));
        visit.open(reportPath);
        assertThat(activities).hasValue("Nieuwe keuzevakken");
        assertThat(lead.locator("#part-aim-kwalitatief-hoogstaand")).containsText("Laatst opgeslagen door");
        // The region's own figures from the monitor beside the report, put into a section's text on request; what
        // was typed stays, and the text with the figures saves itself like typed text.
        assertThat(lead.locator("#region-figures-table")).containsText("Aandeel leerjaar 3 in een technisch profiel");
        lead.locator("#section-covid-19-text").fill("Stages vielen weg; we schoven ze op naar 2022.");
        lead.locator("#part-covid-19-insert-figures").click();
        assertThat(lead.locator("#part-covid-19-figures-inserted")).isVisible();
        assertThat(lead.locator("#section-covid-19-text")).hasValue(Pattern.compile("^Stages vielen weg; we "
                + "schoven ze op naar 2022\\.\n\nCijfers van regio " + code + " uit de STO-monitor:\n- Aandeel "
                + "leerjaar 3 in een technisch profiel \\(2019-2020\\): \\d+,\\d% .*", Pattern.DOTALL));
        visit.checked("report-figures-inserted");
        assertThat(lead.locator("#section-covid-19-autosave")).containsText("Automatisch opgeslagen om");
        lead.locator("#section-covid-19 button[type=submit]").first().click();
        assertThat(lead.locator("#part-covid-19 .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(lead.locator("#section-covid-19-text"))
                .hasValue(Pattern.compile(".*Cijfers van regio .*", Pattern.DOTALL));
        Locator money = lead.locator("#section-cofinancing-realised");
        money.getByLabel("Jaar, regel 1").fill("2021");
        money.getByLabel("Bedrag in euro's, regel 1").fill("12.500,50");
        money.getByLabel("Jaar, regel 2").fill("2022");
        money.getByLabel("Bedrag in euro's, regel 2").fill("8000");
        money.locator("button[type=submit]").click();
        assertThat(lead.locator("#part-cofinancing-realised .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(money.getByLabel("Bedrag in euro's, regel 1")).hasValue("€\u00a012.500,50");
        assertThat(money.getByLabel("Jaar, regel 3")).hasValue("");
        visit.checked("report-draft-filled");

        // Without JavaScript the draft is one form: a save sends every section, saves each one that was changed, and
        // keeps what was typed in a section that cannot be saved yet.
        PortalVisit plain = withoutJavaScript();
        plain.open(reportPath);
        Page noScript = plain.page();
        noScript.locator("#section-aim-duurzaam-activities").fill("Gastlessen door installateurs en een open dag");
        noScript.locator("#section-aim-duurzaam-results").fill("");
        noScript.locator("#section-aim-dekkend-activities").fill("Ons aanbod, nu ook in de avond");
        noScript.locator("#section-aim-dekkend button[type=submit]").click();
        assertThat(noScript.locator("#draft .error-summary")).containsText("Doel: duurzaam – Resultaten: vul dit in");
        assertThat(noScript.locator("#part-aim-dekkend .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(noScript.locator("#section-aim-duurzaam-activities"))
                .hasValue("Gastlessen door installateurs en een open dag");
        plain.checked("report-draft-refused-without-javascript");
        noScript.locator("#section-aim-duurzaam-results").fill("40 leerlingen kozen PIE");
        noScript.locator("#section-aim-duurzaam button[type=submit]").click();
        assertThat(noScript.locator("#part-aim-duurzaam .outcome")).hasText("Het onderdeel is opgeslagen.");
        assertThat(noScript.locator("#part-aim-dekkend .outcome")).hasCount(0);
        noScript.reload();
        assertThat(noScript.locator("#section-aim-duurzaam-activities"))
                .hasValue("Gastlessen door installateurs en een open dag");
        assertThat(noScript.locator("#section-aim-dekkend-activities")).hasValue("Ons aanbod, nu ook in de avond");
        lead.reload();

        // Only PDF, XLSX and DOCX are taken; the service's refusal is shown with the form.
        lead.locator("#add-attachment-file").setInputFiles(new FilePayload("notities.txt", "text/plain",
                "geen pdf".getBytes(StandardCharsets.UTF_8)));
        lead.locator("#add-attachment button[type=submit]").click();
        assertThat(lead.locator("#add-attachment .error-summary")).containsText("is not a PDF, XLSX or DOCX file");
        assertThat(lead.locator("#attachment-list")).hasCount(0);
        visit.checked("report-attachment-refused");

        lead.locator("#add-attachment-file").setInputFiles(new FilePayload("voortgang.pdf", "application/pdf", PDF));
        lead.locator("#add-attachment button[type=submit]").click();
        assertThat(lead.locator("#attachments .outcome")).hasText("De bijlage is toegevoegd.");
        Locator attachment = lead.locator("#attachment-list tbody tr").filter(
                new Locator.FilterOptions().setHasText("voortgang.pdf"));
        assertThat(attachment).containsText("application/pdf");
        assertThat(attachment).containsText(PDF.length + " bytes");
        assertThat(attachment).containsText(sha256(PDF));
        APIResponse download = lead.request().get(RunningPlatform.PORTAL
                + attachment.getByRole(AriaRole.LINK).getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
        // Saved, never shown as a page of the portal, and no other type guessed.
        assertThat(download.headers().get("content-disposition")).startsWith("attachment; filename=\"voortgang.pdf\"");
        assertThat(download.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(download.headers().get("content-security-policy")).contains("default-src 'self'");
        assertThat(download.body()).isEqualTo(PDF);
        visit.checked("report-attachment-added");

        assertThat(lead.locator("#submit-missing")).hasText("Alle verplichte onderdelen zijn ingevuld. Kijk ze nog "
                + "eens na voordat u de rapportage indient.");
        lead.locator("#submit button[type=submit]").click();
        assertThat(visit.heading()).hasText("Rapportage indienen?");
        assertThat(lead.locator("#confirm-text")).hasText("U dient „Eerste voortgangsrapportage” van Rapportagetest "
                + code + " in bij het ministerie. Daarna kan niemand deze versie nog wijzigen; het ministerie "
                + "beoordeelt haar en u krijgt een ontvangstbewijs.");
        visit.checked("report-submit-confirm");
        visit.confirm("Rapportage indienen?", "in bij het ministerie");
        assertThat(lead.locator("#submission .outcome")).hasText(
                "De rapportage is ingediend. Hieronder staat het ontvangstbewijs.");
        assertThat(lead.locator("#receipt-reference")).containsText(code);
        assertThat(lead.locator("#receipt-checksum")).hasText(Pattern.compile("[0-9a-f]{64}"));
        assertThat(lead.locator("#receipt-next")).containsText("Het ministerie beoordeelt de ingediende versie.");
        String receiptPdf = lead.locator("#receipt-pdf").getAttribute("href");
        APIResponse pdf = lead.request().get(RunningPlatform.PORTAL + receiptPdf);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(pdf.headers().get("content-disposition")).startsWith("attachment; filename=\"ontvangstbewijs-");
        assertThat(textOf(pdf.body())).contains("Ontvangstbewijs").contains(code)
                .contains(lead.locator("#receipt-checksum").innerText().strip()).contains("Wat er nu gebeurt");
        assertThat(lead.locator("#receipt-late")).hasText("Ja, deze versie is na de uiterste datum ingediend.");
        assertThat(lead.locator("#report-status")).hasText("Ingediend");
        assertThat(lead.locator("#section-aim-duurzaam")).hasCount(0);
        assertThat(lead.locator("#add-attachment")).hasCount(0);
        visit.checked("report-submitted");

        // A school of another region may not see it.
        PortalVisit school = anotherPerson().logIn("school", "sto-schools", "school-r02");
        Response refused = school.open(reportPath);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(school.heading()).hasText("Geen toegang");
        school.checked("report-no-access");
        // Nor put its region's monitor figures into one of its sections (a post with the school's own CSRF token).
        String token = school.page().locator("meta[name=csrf-token]").getAttribute("content");
        APIResponse figures = school.page().request().post(RunningPlatform.PORTAL + "/" + reportPath
                + "/sections/covid-19/figures", RequestOptions.create().setMaxRedirects(0)
                .setHeader("Origin", RunningPlatform.PORTAL)
                .setForm(FormData.create().set("csrf-token", token).set("covid-19.text", "Onze tekst")));
        assertThat(figures.status()).isEqualTo(403);
        assertThat(figures.text()).contains("Geen toegang").doesNotContain("Cijfers van regio");
        // Nor save a section of it the way the page's script does.
        APIResponse autosave = school.page().request().post(RunningPlatform.PORTAL + "/" + reportPath
                + "/sections/covid-19/autosave", RequestOptions.create().setMaxRedirects(0)
                .setHeader("Origin", RunningPlatform.PORTAL).setHeader("Accept", "application/json")
                .setForm(FormData.create().set("csrf-token", token).set("covid-19.text", "Onze tekst")
                        .set("etag", "\"1\"")));
        assertThat(autosave.status()).isEqualTo(403);
        assertThat(autosave.text()).contains("Niet opgeslagen").doesNotContain("etag\":\"");
        // Nor as the page's form does without JavaScript.
        APIResponse save = school.page().request().post(RunningPlatform.PORTAL + "/" + reportPath + "/sections",
                RequestOptions.create().setMaxRedirects(0).setHeader("Origin", RunningPlatform.PORTAL)
                        .setForm(FormData.create().set("csrf-token", token).set("covid-19.shape", "TEXT")
                                .set("covid-19.text", "Onze tekst").set("etag", "\"1\"")));
        assertThat(save.status()).isEqualTo(403);
        assertThat(save.text()).contains("Geen toegang");
        // Nor download its receipt.
        APIResponse foreignReceipt = school.page().request().get(RunningPlatform.PORTAL + receiptPdf);
        assertThat(foreignReceipt.status()).isEqualTo(403);
        assertThat(foreignReceipt.text()).contains("Geen toegang").doesNotContain("%PDF");
        // A report that does not exist, as a mistyped or outdated link asks for.
        Response unknown = visit.open(reportPath.replaceAll("[^/]+$", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(visit.heading()).hasText("Niet gevonden");
        visit.checked("report-not-found");

        PortalVisit reviewer = anotherPerson().logIn("ministry", "sto-ministry", "reviewer").menu("Rapportages");
        assertThat(reviewer.heading()).hasText("Rapportages");
        Locator queued = reviewer.page().locator("#review-queue tbody tr").filter(
                new Locator.FilterOptions().setHasText(code));
        assertThat(queued).containsText("Eerste voortgangsrapportage");
        assertThat(queued).containsText("ja");
        reviewer.checked("review-queue");
        queued.getByRole(AriaRole.LINK).click();
        Page ministry = reviewer.page();
        assertThat(ministry.locator("#review")).isVisible();
        reviewer.checked("review-form");
        ministry.getByLabel("Terugsturen voor herziening").check();
        ministry.locator("#review-form-summary").fill("Graag de gevolgen van COVID-19 uitwerken.");
        ministry.getByLabel("Opmerking bij Gevolgen van COVID-19").fill("Wat betekende dit voor de stages in 2022?");
        ministry.locator("#review button[type=submit]").click();
        reviewer.checked("review-return-confirm");
        reviewer.confirm("Besluit vastleggen?", "U stuurt „Eerste voortgangsrapportage” van Rapportagetest " + code
                + " terug.");
        assertThat(ministry.locator("#review .outcome")).hasText("Uw besluit is opgeslagen.");
        assertThat(ministry.locator("#review .review-decision")).hasText("Teruggestuurd");
        assertThat(ministry.locator("#review form")).hasCount(0);

        // The monitor team reads the report but gets no forms.
        PortalVisit monitor = anotherPerson().logIn("ministry", "sto-ministry", "monitor");
        monitor.open(reportPath.replaceFirst("^school/", "ministry/"));
        assertThat(monitor.page().locator("#part-covid-19")).containsText("Stages vielen weg");
        assertThat(monitor.page().locator("main form")).hasCount(0);
        monitor.checked("report-monitor");

        visit.open(reportPath);
        assertThat(lead.locator("#returned")).containsText("Graag de gevolgen van COVID-19 uitwerken.");
        assertThat(lead.locator("#part-covid-19 .review-comment")).containsText(
                "Wat betekende dit voor de stages in 2022?");
        visit.checked("report-returned");
        lead.locator("#revise button[type=submit]").click();
        assertThat(lead.locator("main .outcome").first()).hasText(
                "U kunt de rapportage nu herzien in een nieuwe versie.");
        assertThat(lead.locator("#report-version")).hasText("2");
        lead.locator("#section-covid-19-text").fill("Stages vielen weg; 30 leerlingen liepen in 2022 alsnog stage.");
        lead.locator("#section-covid-19 button[type=submit]").first().click();
        assertThat(lead.locator("#part-covid-19 .outcome")).hasText("Het onderdeel is opgeslagen.");
        lead.locator("#submit button[type=submit]").click();
        visit.confirm("Rapportage indienen?", "in bij het ministerie");
        assertThat(lead.locator("#receipt-reference")).containsText(code);
        assertThat(lead.locator("#version-list tbody tr")).hasCount(2);
        // the revision sent in waits for its own review: the return's notice is gone
        assertThat(lead.locator("#returned")).hasCount(0);

        reviewer.menu("Rapportages");
        queued.getByRole(AriaRole.LINK).click();
        // The reviewer reads what the region changed since the version that went back: only the COVID-19 section.
        Locator changed = ministry.locator("#changes .change");
        assertThat(changed).hasCount(1);
        assertThat(ministry.locator("#changes-title")).hasText("Wat is veranderd sinds versie 1");
        assertThat(changed.locator("h3")).containsText("Gevolgen van COVID-19 (gewijzigd)");
        assertThat(changed.locator("ins").first()).containsText("30 ");
        assertThat(changed.locator("del").first()).containsText("we schoven ze op naar");
        reviewer.checked("report-changes");
        ministry.getByLabel("Goedkeuren").check();
        ministry.locator("#review button[type=submit]").click();
        reviewer.confirm("Besluit vastleggen?", "U keurt „Eerste voortgangsrapportage” van Rapportagetest " + code
                + " goed.");
        assertThat(ministry.locator("#review .review-decision")).hasText("Goedgekeurd");
        // The audit trail in sentences, its newest steps first on the page and the whole trail a link away; the raw
        // entries are folded away under "Technische gegevens".
        assertThat(ministry.locator("#audit")).containsText(Pattern.compile("De laatste 10 van \\d+ stappen"));
        assertThat(ministry.locator("#report-audit tbody tr")).hasCount(10);
        ministry.locator("#whole-audit").click();
        assertThat(ministry.locator("#audit")).containsText("Wie wat heeft gedaan met deze rapportage");
        Locator audit = ministry.locator("#report-audit");
        assertThat(audit).containsText("begon het concept.");
        assertThat(audit).containsText("stuurde versie 1 terug naar de regio.");
        assertThat(audit).containsText("diende versie 2 opnieuw in, na de uiterste datum; ontvangstbewijs ");
        assertThat(audit).containsText("keurde versie 2 goed.");
        assertThat(audit).containsText("sloeg het onderdeel „Gevolgen van COVID-19” op.");
        assertThat(audit).containsText("voegde de bijlage voortgang.pdf toe");
        assertThat(audit.locator("details.technical").first()).not().hasAttribute("open", "");
        reviewer.checked("report-accepted");
        // The review queue keeps the history: the latest decisions, who took them and when.
        reviewer.menu("Rapportages");
        Locator reviewed = ministry.locator("#reviewed-list tbody tr").filter(
                new Locator.FilterOptions().setHasText("Rapportagetest " + code));
        assertThat(reviewed).containsText("Goedgekeurd");
        assertThat(reviewed).containsText("Ruben Mulder");
        reviewer.checked("review-queue-history");

        visit.open(reportPath);
        lead.locator("#version-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Versie 1"))
                .click();
        assertThat(visit.heading()).containsText("Versie 1");
        assertThat(lead.locator("#version-status")).hasText("Teruggestuurd");
        assertThat(lead.locator("#part-covid-19")).containsText("Stages vielen weg; we schoven ze op naar 2022.");
        visit.checked("report-version-1");

        visit.open("school/regions/" + code + "#obligations");
        assertThat(progress).containsText("Goedgekeurd");
        assertThat(progress.getByRole(AriaRole.LINK)).containsText("Rapportage openen");
    }

    @Test
    void theReportPageSpeaksEnglishWhenChosen() {
        visit.logIn("ministry", "sto-ministry", "reviewer");
        visit.open("ministry/reports?lang=en");
        assertThat(visit.heading()).hasText("Reports");
        assertThat(visit.page().locator("html")).hasAttribute("lang", "en");
        visit.checked("review-queue-en");
    }

    private static void saveAim(Page page, String section, String activities, String results) {
        page.locator("#section-" + section + "-activities").fill(activities);
        page.locator("#section-" + section + "-results").fill(results);
        page.locator("#section-" + section + " button[type=submit]").click();
    }

    private static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
