package nl.sto.regions.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.sto.common.duo.DuoCsv;

/**
 * A school location (vestiging) that offers the vmbo beroepsgerichte leerwegen, from DUO's "Alle vestigingen
 * vo" file.
 *
 * @param code BRIN + 2-digit vestiging number, e.g. {@code 16PK05}
 * @param municipality readable case, e.g. "Midden-Drenthe"
 * @param municipalityKey DUO's own spelling, e.g. "MIDDEN-DRENTHE": the stable key for grouping
 * @param postcode4 the 4 digits of the postcode; nearby places have nearby numbers, which is all the geography
 *        the grouping needs
 * @param labourMarketRegion RPA-gebied (labour-market region): the starting point of the partnerships
 * @param coropArea COROP area, the first way to split a large labour-market region
 */
record VboLocation(String board, String brin, String code, String name, String municipality, String municipalityKey,
        int postcode4, String labourMarketRegion, String coropArea) {

    /** Postcode missing or malformed: sort such a location after all real ones rather than fail the demo. */
    static final int NO_POSTCODE = 9999;

    /** Reads the file and keeps the locations whose ONDERWIJSSTRUCTUUR includes VBO, sorted by code. */
    static List<VboLocation> read(Path allLocationsCsv) throws IOException {
        return DuoCsv.read(allLocationsCsv).stream()
                .filter(row -> offersVbo(value(row, allLocationsCsv, "ONDERWIJSSTRUCTUUR")))
                .map(row -> of(row, allLocationsCsv))
                .sorted(Comparator.comparing(VboLocation::code))
                .toList();
    }

    /** "VBO/MAVO/HAVO" → yes; "MAVO/HAVO/VWO", "PRO" → no. Compared per part, not as a substring. */
    static boolean offersVbo(String structure) {
        return Arrays.stream(structure.split("/")).map(String::trim).anyMatch("VBO"::equalsIgnoreCase);
    }

    private static VboLocation of(Map<String, String> row, Path file) {
        String brin = value(row, file, "BRIN NUMMER", "INSTELLINGSCODE");
        String vestiging = value(row, file, "VESTIGINGSNUMMER", "VESTIGINGSCODE");
        // Some DUO files give only the 2-digit vestiging number; the location code is always BRIN + those 2.
        String code = vestiging.length() == 2 ? brin + vestiging : vestiging;
        String municipalityKey = value(row, file, "GEMEENTENAAM");
        return new VboLocation(
                value(row, file, "BEVOEGD GEZAG NUMMER"),
                brin,
                code,
                // DUO pads some names with double spaces inside ("... Rotterdam voor  vmbo"); people never see them.
                value(row, file, "VESTIGINGSNAAM").replaceAll("\\s+", " "),
                MunicipalityNames.readable(municipalityKey),
                municipalityKey,
                postcode4(value(row, file, "POSTCODE")),
                value(row, file, "RPA-GEBIED NAAM"),
                value(row, file, "COROPGEBIED NAAM"));
    }

    private static int postcode4(String postcode) {
        String digits = postcode.replace(" ", "");
        return digits.length() >= 4 && digits.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(digits.substring(0, 4))
                : NO_POSTCODE;
    }

    /** The value of the first of the given columns the file has (DUO renames columns between releases). */
    private static String value(Map<String, String> row, Path file, String... columns) {
        for (String column : columns) {
            String value = row.get(column);
            if (value != null) {
                return value;
            }
        }
        throw new IllegalArgumentException(file + " has no column " + String.join(" or ", columns)
                + "; expected DUO's \"Alle vestigingen vo\" file");
    }
}
