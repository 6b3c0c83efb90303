package nl.sto.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import nl.sto.common.problem.ProblemException;

class PdfCheckTest {

    private static final int MIB = 1024 * 1024;
    private static final PdfCheck CHECK = new PdfCheck(256L * MIB);

    @Test
    void aRealPdfPasses() {
        assertThatCode(() -> CHECK.check(TestFiles.pdf())).doesNotThrowAnyException();
    }

    /** Small tools write PDFs without a cross-reference table; PDFBox reads them, and so may a school. */
    @Test
    void aOnePagePdfWithoutCrossReferenceTableIsAccepted() {
        byte[] handWritten = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        assertThatCode(() -> CHECK.check(handWritten)).doesNotThrowAnyException();
    }

    @Test
    void javaScriptAnywhereIsRefused() {
        assertThat(why(TestFiles.pdfWithOpenActionJavaScript())).contains("JavaScript");
        assertThat(why(TestFiles.pdfWithJavaScriptLink())).contains("JavaScript");
    }

    @Test
    void anActionThatStartsAProgramIsRefused() {
        assertThat(why(TestFiles.pdfWithLaunchAction())).contains("starts another program");
    }

    @Test
    void aPdfHeaderBeforeSomethingElseIsNoPdf() {
        assertThat(why(TestFiles.pdfHeaderWithHtml())).contains("cannot be read as one");
        assertThat(why("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII))).contains("cannot be read as one");
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws IOException {
        try (PDDocument empty = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            empty.save(out);
            assertThat(why(out.toByteArray())).contains("no pages");
        }
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenCannotBeCheckedSoIsRefused() throws IOException {
        assertThat(why(encrypted("geheim"))).contains("password");
        // Protected only against changes, it opens without a password and is checked like any other.
        assertThatCode(() -> CHECK.check(encrypted(""))).doesNotThrowAnyException();
    }

    @Test
    void streamsThatUnpackBeyondTheLimitAreRefusedBeforePdfBoxUnpacksThem() {
        PdfCheck small = new PdfCheck(2L * MIB);

        assertThatCode(() -> small.check(TestFiles.pdfWithPackedZeros(1))).doesNotThrowAnyException();
        assertThat(why(small, TestFiles.pdfWithPackedZeros(3))).contains("more than 2 MB");
    }

    @Test
    void theUnpackedSizeOfEveryFlateStreamIsCounted() {
        byte[] pdf = TestFiles.pdfWithPackedZeros(3);

        assertThat(PdfFlateStreams.unpackedSize(pdf, 10L * MIB)).isGreaterThanOrEqualTo(3L * MIB)
                .isLessThan(4L * MIB);
        assertThat(PdfFlateStreams.unpackedSize(pdf, MIB)).isGreaterThan(MIB).isLessThan(2L * MIB);
    }

    private static String why(byte[] pdf) {
        return why(CHECK, pdf);
    }

    private static String why(PdfCheck check, byte[] pdf) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> check.check(pdf));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("file"));
        return refused.problem().errors().get(0).message();
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(TestFiles.pdf())) {
            document.protect(new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
