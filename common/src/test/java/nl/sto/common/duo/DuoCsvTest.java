package nl.sto.common.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader on files shaped like the DUO releases (latin-1 or UTF-8, {@code ;} or {@code ,}). */
class DuoCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsLatin1WithSemicolonsQuotesAndPaddedValues() throws IOException {
        Path file = write("PROVINCIE;VESTIGINGSNAAM ;RPA-GEBIED NAAM;TELEFOONNUMMER\r\n"
                + "Friesland;\"VMBO \"\"De Jutter\"\" Vlieland\";Fryslân;          \r\n"
                + "Zuid-Holland;\"Calvijn; loc. Juliana\";Rijnmond;010\r\n", StandardCharsets.ISO_8859_1);

        List<Map<String, String>> rows = DuoCsv.read(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("VESTIGINGSNAAM", "VMBO \"De Jutter\" Vlieland")
                .containsEntry("RPA-GEBIED NAAM", "Fryslân")
                .containsEntry("TELEFOONNUMMER", "");
        assertThat(rows.get(1)).containsEntry("VESTIGINGSNAAM", "Calvijn; loc. Juliana");
        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(csv.separator()).isEqualTo(';');
        }
    }

    @Test
    void readsUtf8WithCommasBomAndLineBreaksInQuotes() throws IOException {
        Path file = write("\uFEFFGEMEENTENAAM,NAAM\n\"SÚDWEST-FRYSLÂN\",\"twee\nregels\"\n\nEMMEN,x\n",
                StandardCharsets.UTF_8);

        List<Map<String, String>> rows = DuoCsv.read(file);

        assertThat(rows).extracting(row -> row.get("GEMEENTENAAM")).containsExactly("SÚDWEST-FRYSLÂN", "EMMEN");
        assertThat(rows.get(0)).containsEntry("NAAM", "twee\nregels");
        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(csv.separator()).isEqualTo(',');
            assertThat(csv.header()).containsExactly("GEMEENTENAAM", "NAAM");
        }
    }

    @Test
    void shortRowsReadAsEmptyValues() throws IOException {
        Path file = write("A;B;C\n1;2\n", StandardCharsets.US_ASCII);

        assertThat(DuoCsv.read(file)).containsExactly(Map.of("A", "1", "B", "2", "C", ""));
    }

    @Test
    void aRecordStartsOnItsLineInTheFileCountingLineBreaksInQuotesAndBlankLines() throws IOException {
        Path file = write("A;B\r\n1;\"two\r\nlines\"\r\n2;x\r\n\r\n   \r\n3;\"\"\r\n", StandardCharsets.US_ASCII);

        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.next()).isEqualTo(new DuoCsv.Record(2, List.of("1", "two\r\nlines")));
            assertThat(csv.next()).isEqualTo(new DuoCsv.Record(4, List.of("2", "x")));
            assertThat(csv.next()).isEqualTo(new DuoCsv.Record(7, List.of("3", "")));
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void theSeparatorComesFromTheHeaderLineAfterLeadingBlankLines() throws IOException {
        Path file = write("\n  \nA,B;C,D\n1;2,3;4\n", StandardCharsets.US_ASCII);

        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.separator()).isEqualTo(',');
            assertThat(csv.header()).containsExactly("A", "B;C", "D");
            assertThat(csv.next()).isEqualTo(new DuoCsv.Record(4, List.of("1;2", "3;4")));
        }
    }

    @Test
    void columnsAreFoundByTheirTrimmedName() throws IOException {
        Path file = write("BRIN NUMMER ; NAAM;POSTCODE\n16PK;x;1234 AB\n", StandardCharsets.US_ASCII);

        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.column("BRIN NUMMER")).isZero();
            assertThat(csv.column("NAAM")).isEqualTo(1);
            assertThat(csv.column("POSTCODE")).isEqualTo(2);
            assertThat(csv.column("GEMEENTENAAM")).isEqualTo(-1);
        }
    }

    @Test
    void aShortRecordKeepsItsOwnValuesAndReadsEmptyBeyondThem() throws IOException {
        Path file = write("A;B;C\n1;2\n", StandardCharsets.US_ASCII);

        try (DuoCsv csv = DuoCsv.open(file)) {
            DuoCsv.Record record = csv.next();

            assertThat(record.values()).containsExactly("1", "2");
            assertThat(record.get(1)).isEqualTo("2");
            assertThat(record.get(csv.column("C"))).isEmpty();
            assertThat(record.get(csv.column("not there"))).isEmpty();
        }
    }

    @Test
    void readsALargeFileRecordByRecord() throws IOException {
        int rows = 200_000;
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("NUMMER;NAAM;PLAATS\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ";\"Vestiging " + i + "\";Súdwest-Fryslân\n");
            }
        }

        long count = 0;
        DuoCsv.Record last = null;
        try (DuoCsv csv = DuoCsv.open(file)) {
            for (DuoCsv.Record record = csv.next(); record != null; record = csv.next()) {
                count++;
                last = record;
            }
        }

        assertThat(count).isEqualTo(rows);
        assertThat(last).isEqualTo(
                new DuoCsv.Record(rows + 1, List.of("200000", "Vestiging 200000", "Súdwest-Fryslân")));
    }

    @Test
    void aCharacterCutByTheScanBufferIsStillUtf8() throws IOException {
        // After the 5 bytes of the header every 2-byte "é" starts at an odd offset, so one straddles each buffer end.
        Path file = write("NAAM\n" + "é".repeat(DuoCharset.BUFFER_SIZE) + "\n", StandardCharsets.UTF_8);

        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneLatin1ByteFarIntoTheFileMakesItLatin1() throws IOException {
        Path file = write("NAAM\n" + "x\n".repeat(3 * DuoCharset.BUFFER_SIZE) + "Fryslân\n",
                StandardCharsets.ISO_8859_1);

        try (DuoCsv csv = DuoCsv.open(file)) {
            assertThat(csv.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anEmptyFileHasNoHeaderRow() throws IOException {
        Path empty = write("", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> DuoCsv.open(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(empty + " is empty; expected a header row");
    }

    @Test
    void aFileOfBlankLinesHasNoHeaderRow() throws IOException {
        Path blank = write("\uFEFF\r\n   \n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DuoCsv.read(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(blank + " is empty; expected a header row");
    }

    private Path write(String content, Charset charset) throws IOException {
        return Files.write(dir.resolve("file.csv"), content.getBytes(charset));
    }
}
