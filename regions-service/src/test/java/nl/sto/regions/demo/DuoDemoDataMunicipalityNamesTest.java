package nl.sto.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DUO's upper-case gemeente names become the names people write. */
class DuoDemoDataMunicipalityNamesTest {

    @ParameterizedTest
    // The names hold apostrophes, so quoting is by '"' (unused here) rather than the default.
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "EMMEN | Emmen",
            "MIDDEN-DRENTHE | Midden-Drenthe",
            "S HERTOGENBOSCH | 's-Hertogenbosch",
            "'S-HERTOGENBOSCH | 's-Hertogenbosch",
            "S GRAVENHAGE | 's-Gravenhage",
            "CAPELLE AAN DEN IJSSEL | Capelle aan den IJssel",
            "OUDE IJSSELSTREEK | Oude IJsselstreek",
            "IJSSELSTEIN | IJsselstein",
            "HOF VAN TWENTE | Hof van Twente",
            "DE BILT | De Bilt",
            "HET HOGELAND | Het Hogeland",
            "BERGEN OP ZOOM | Bergen op Zoom",
            "WIJK BIJ DUURSTEDE | Wijk bij Duurstede",
            "HARDINXVELD-GIESSENDAM | Hardinxveld-Giessendam",
            "SUDWEST-FRYSLAN | Súdwest-Fryslân",
            "NUENEN CA | Nuenen, Gerwen en Nederwetten",
            "BERGEN NH | Bergen (NH)",
    })
    void readable(String duo, String expected) {
        assertThat(MunicipalityNames.readable(duo)).isEqualTo(expected);
    }
}
