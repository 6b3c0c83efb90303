package nl.sto.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader on small files shaped like the DUO releases (latin-1 or UTF-8, {@code ;} or {@code ,}). */
class DuoDemoDataCsvTest {

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
    }

    @Test
    void readsUtf8WithCommasBomAndLineBreaksInQuotes() throws IOException {
        Path file = write("\uFEFFGEMEENTENAAM,NAAM\n\"SÚDWEST-FRYSLÂN\",\"twee\nregels\"\n\nEMMEN,x\n",
                StandardCharsets.UTF_8);

        List<Map<String, String>> rows = DuoCsv.read(file);

        assertThat(rows).extracting(row -> row.get("GEMEENTENAAM")).containsExactly("SÚDWEST-FRYSLÂN", "EMMEN");
        assertThat(rows.get(0)).containsEntry("NAAM", "twee\nregels");
    }

    @Test
    void shortRowsReadAsEmptyValues() throws IOException {
        Path file = write("A;B;C\n1;2\n", StandardCharsets.US_ASCII);

        assertThat(DuoCsv.read(file)).containsExactly(Map.of("A", "1", "B", "2", "C", ""));
    }

    @Test
    void locationsNeedTheDuoColumns() throws IOException {
        Path file = write("ONDERWIJSSTRUCTUUR;NAAM\nVBO/MAVO;x\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> VboLocation.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BRIN NUMMER");
    }

    @Test
    void onlyStructuresWithVboCount() {
        assertThat(VboLocation.offersVbo("VBO/MAVO/HAVO/VWO")).isTrue();
        assertThat(VboLocation.offersVbo("VBO")).isTrue();
        assertThat(VboLocation.offersVbo("MAVO/HAVO/VWO")).isFalse();
        assertThat(VboLocation.offersVbo("PRO")).isFalse();
    }

    private Path write(String content, java.nio.charset.Charset charset) throws IOException {
        return Files.write(dir.resolve("file.csv"), content.getBytes(charset));
    }
}
