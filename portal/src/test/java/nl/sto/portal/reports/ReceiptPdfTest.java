package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ReportViews.Receipt;
import nl.sto.portal.web.Texts;

/** A Quarkus test because the receipt's texts come from message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class ReceiptPdfTest {

    private static final String CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Receipt RECEIPT = new Receipt("rep-1", 2, "STO-R01-PROGRESS_REPORT_1-v2",
            OffsetDateTime.parse("2021-11-02T09:15:00+01:00"), "Lieke de Vries", CHECKSUM, true);

    @Test
    void theReceiptSaysWhatWasSubmittedWhenAndByWhomAndWhatHappensNext() throws IOException {
        ReceiptPdf receipt = new ReceiptPdf("Eerste voortgangsrapportage", "Techniek Drenthe", 2, RECEIPT);

        String text = textOf(receipt.render(Texts.of(ReportMessages.class, UiLanguage.NL), UiLanguage.NL));

        assertThat(text).contains("Ontvangstbewijs: Eerste voortgangsrapportage – Techniek Drenthe")
                .contains("STO-R01-PROGRESS_REPORT_1-v2").contains("2 november 2021").contains("Lieke de Vries")
                .contains("Ja, deze versie is na de uiterste datum ingediend.").contains(CHECKSUM)
                .contains("Wat er nu gebeurt").contains("Het ministerie beoordeelt de ingediende versie.");
        assertThat(receipt.fileName(Texts.of(ReportMessages.class, UiLanguage.NL)))
                .isEqualTo("ontvangstbewijs-STO-R01-PROGRESS-REPORT-1-v2.pdf");
    }

    @Test
    void inEnglishWhenThePageIs() throws IOException {
        ReceiptPdf receipt = new ReceiptPdf("First progress report", "Techniek Drenthe", 2, RECEIPT);

        String text = textOf(receipt.render(Texts.of(ReportMessages.class, UiLanguage.EN), UiLanguage.EN));

        assertThat(text).contains("Receipt: First progress report").contains("What happens next")
                .contains("2 November 2021");
    }

    @Test
    void aLetterOutsideThePdfsStandardFontsIsWrittenWithoutItsAccentOrAsAQuestionMarkRatherThanFailing()
            throws IOException {
        Receipt byAnother = new Receipt("rep-1", 1, "STO-R02-1", OffsetDateTime.parse("2021-10-01T10:00:00+02:00"),
                "Şükrü Yılmaz 王", CHECKSUM, false);

        String text = textOf(new ReceiptPdf("Eerste voortgangsrapportage", "Regio Zuid", 1, byAnother)
                .render(Texts.of(ReportMessages.class, UiLanguage.NL), UiLanguage.NL));

        assertThat(text).contains("Sükrü Y?lmaz ?").contains("Nee, op tijd ingediend.");
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // As a person reads it: the lines a long text was wrapped into run on.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
