package nl.sto.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.sto.common.problem.ProblemException;

class OfficeArchiveCheckTest {

    private static final int MIB = 1024 * 1024;
    private static final OfficeArchiveCheck DEFAULTS = new OfficeArchiveCheck(1000, 256L * MIB, 200);

    @Test
    void realSpreadsheetsAndDocumentsPass() {
        assertThatCode(() -> DEFAULTS.check(TestFiles.xlsx())).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.check(TestFiles.docx())).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.check(TestFiles.xlsxWithEntries(1000))).doesNotThrowAnyException();
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatioBeforeItIsUnpacked() {
        ProblemException refused = refusal(DEFAULTS, TestFiles.xlsxZipBomb(1024));

        assertThat(refused.problem().errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).contains("xl/worksheets/sheet1.xml", "200 times", "zip bomb");
        });
    }

    @Test
    void theUnpackedSizeCountsWhatIsInflatedNotWhatTheArchiveDeclares() {
        // The ratio allows it; 3 MiB unpacked do not fit in 2.
        OfficeArchiveCheck check = new OfficeArchiveCheck(1000, 2L * MIB, Integer.MAX_VALUE);
        byte[] bomb = TestFiles.xlsxZipBomb(3);
        // The archive claims its sheet is 1 KiB: the local header's and the directory's sizes.
        lieAboutSize(bomb, 1024);

        assertThat(refusal(check, bomb).problem().errors().get(0).message()).contains("more than 2 MB");
    }

    @Test
    void tooManyEntriesAreRefused() {
        assertThat(refusal(DEFAULTS, TestFiles.xlsxWithEntries(1001)).problem().errors().get(0).message())
                .contains("more than 1000 parts");
    }

    @Test
    void aDamagedArchiveIsRefusedAsDamaged() {
        byte[] xlsx = TestFiles.xlsx();
        // Corrupt the first entry's deflated data.
        for (int i = 60; i < 70; i++) {
            xlsx[i] = (byte) 0xFF;
        }
        assertThat(refusal(DEFAULTS, xlsx).problem().errors().get(0).message()).contains("damaged");
    }

    @Test
    void aDirectoryListingOtherEntriesThanTheArchiveHoldsIsRefused() {
        // The central directory (what Office reads) names the sheet differently from the entry that was checked.
        byte[] renamed = TestFiles.xlsx();
        replace(renamed, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet9.xml", true);

        assertThat(refusal(DEFAULTS, renamed).problem().errors().get(0).message()).contains("damaged");
    }

    @Test
    void twoEntriesWithOneNameAreRefused() {
        byte[] twice = TestFiles.zip("[Content_Types].xml", "xl/a.xml", "xl/b.xml");
        replace(twice, "xl/b.xml", "xl/a.xml", false);

        assertThat(refusal(DEFAULTS, twice).problem().errors().get(0).message()).contains("damaged");
    }

    private static ProblemException refusal(OfficeArchiveCheck check, byte[] zip) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> check.check(zip));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problem().status()).isEqualTo(400);
        return refused;
    }

    /** Sets the uncompressed size of the last entry, in its local header and in the central directory. */
    private static void lieAboutSize(byte[] zip, int size) {
        String name = "xl/worksheets/sheet1.xml";
        int local = indexOf(zip, name, 0) - 30;
        int central = indexOf(zip, name, local + 31) - 46;
        putInt(zip, local + 22, size);
        putInt(zip, central + 24, size);
    }

    /** Replaces a name by one of the same length: everywhere, or only its last occurrence (the directory's). */
    private static void replace(byte[] zip, String name, String replacement, boolean lastOnly) {
        int last = -1;
        for (int at = indexOf(zip, name, 0); at >= 0; at = indexOf(zip, name, at + 1)) {
            if (!lastOnly) {
                System.arraycopy(replacement.getBytes(StandardCharsets.UTF_8), 0, zip, at, replacement.length());
            }
            last = at;
        }
        System.arraycopy(replacement.getBytes(StandardCharsets.UTF_8), 0, zip, last, replacement.length());
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int at = from; at <= bytes.length - wanted.length; at++) {
            for (int i = 0; i < wanted.length; i++) {
                if (bytes[at + i] != wanted[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >> (8 * i));
        }
    }
}
