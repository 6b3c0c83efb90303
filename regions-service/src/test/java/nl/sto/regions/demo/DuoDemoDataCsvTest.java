package nl.sto.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the locations from DUO's "Alle vestigingen vo" file; the CSV reader itself is tested in common. */
class DuoDemoDataCsvTest {

    @TempDir
    Path dir;

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
