package nl.sto.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void recognisesTheThreeTypesByContent() {
        assertThat(FileType.of(TestFiles.pdf())).contains(FileType.PDF);
        assertThat(FileType.of(TestFiles.xlsx())).contains(FileType.XLSX);
        assertThat(FileType.of(TestFiles.docx())).contains(FileType.DOCX);
    }

    @Test
    void refusesWhatIsNoneOfThem() {
        assertThat(FileType.of(TestFiles.exe())).isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
        assertThat(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.of("hello, world".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aZipIsOnlyAnOfficeFileWithOfficeEntries() {
        assertThat(FileType.of(TestFiles.zip("readme.txt", "virus.exe"))).isEmpty();
        // Office writes [Content_Types].xml into every XLSX and DOCX; without it Excel and Word open neither.
        assertThat(FileType.of(TestFiles.zip("xl/workbook.xml", "xl/worksheets/sheet1.xml"))).isEmpty();
        assertThat(FileType.of(TestFiles.zip("word/document.xml"))).isEmpty();
        // Both kinds of entries: neither type can be told, so neither is assumed.
        assertThat(FileType.of(TestFiles.zip("[Content_Types].xml", "xl/workbook.xml", "word/document.xml")))
                .isEmpty();
    }

    @Test
    void aTruncatedOrCorruptZipIsRefused() {
        byte[] xlsx = TestFiles.xlsx();
        assertThat(FileType.of(Arrays.copyOf(xlsx, xlsx.length / 2))).isEmpty();
        byte[] corrupt = xlsx.clone();
        // Point the central directory far outside the file.
        corrupt[corrupt.length - 6] = (byte) 0xFF;
        corrupt[corrupt.length - 5] = (byte) 0xFF;
        assertThat(FileType.of(corrupt)).isEmpty();
    }

    @Test
    void theNameDoesNotMatterOnlyTheContent() {
        // A PDF header followed by anything is taken for a PDF (PdfCheck then sees whether it really is one); the
        // media type is the PDF's whatever the upload claimed.
        assertThat(FileType.of("%PDF-1.4 rest".getBytes(StandardCharsets.US_ASCII)).map(FileType::mediaType))
                .contains("application/pdf");
    }
}
