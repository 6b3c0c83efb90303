package nl.sto.monitor.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open-data files the monitor imports, told apart by their header row. Columns are found by name, never by
 * position: DUO renamed some between releases and older files have extra ones. Each kind lists the names it accepts
 * for a column, the newest first.
 */
public enum DuoFileKind {

    /** DUO "01. Leerlingen vo per vestiging naar onderwijstype": students per location, programme and leerjaar. */
    STUDENTS("students", true, List.of(
            List.of("INSTELLINGSCODE", "BRIN NUMMER"),
            List.of("VESTIGINGSCODE", "VESTIGINGSNUMMER"),
            List.of("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR"),
            List.of("VMBO SECTOR"),
            List.of("AFDELING"),
            List.of("ELEMENTCODE"),
            List.of("OPLEIDINGSNAAM"),
            List.of("LEER- OF VERBLIJFSJAAR 1 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 1 - VROUW"),
            List.of("LEER- OF VERBLIJFSJAAR 2 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 2 - VROUW"),
            List.of("LEER- OF VERBLIJFSJAAR 3 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 3 - VROUW"),
            List.of("LEER- OF VERBLIJFSJAAR 4 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 4 - VROUW"),
            List.of("LEER- OF VERBLIJFSJAAR 5 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 5 - VROUW"),
            List.of("LEER- OF VERBLIJFSJAAR 6 - MAN"), List.of("LEER- OF VERBLIJFSJAAR 6 - VROUW"))),

    /** DUO "02. Alle vestigingen vo": every location with its board (bevoegd gezag) and institution. */
    LOCATIONS("locations", false, List.of(
            List.of("BEVOEGD GEZAG NUMMER"),
            List.of("INSTELLINGSCODE", "BRIN NUMMER"),
            List.of("VESTIGINGSCODE", "VESTIGINGSNUMMER"),
            List.of("VESTIGINGSNAAM"),
            List.of("GEMEENTENAAM"),
            List.of("POSTCODE"),
            List.of("ONDERWIJSSTRUCTUUR")));

    private final String value;
    private final boolean perSchoolYear;
    private final List<List<String>> columns;

    DuoFileKind(String value, boolean perSchoolYear, List<List<String>> columns) {
        this.value = value;
        this.perSchoolYear = perSchoolYear;
        this.columns = columns;
    }

    public String value() {
        return value;
    }

    /** Whether a file holds one school year (and an import replaces that year) or the current state. */
    public boolean perSchoolYear() {
        return perSchoolYear;
    }

    /** The columns this kind needs, each named by the names it may have. */
    public List<List<String>> columns() {
        return columns;
    }

    /** The kind whose every column the header has. */
    public static Optional<DuoFileKind> of(List<String> header) {
        for (DuoFileKind kind : values()) {
            if (kind.missing(header).isEmpty()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The columns of this kind that the header lacks (by their newest name). */
    public List<String> missing(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (List<String> names : columns) {
            if (names.stream().noneMatch(header::contains)) {
                missing.add(String.join(" or ", names));
            }
        }
        return missing;
    }

    /** Where each of this kind's columns is in the header, in the order of {@link #columns()}. */
    public int[] positions(List<String> header) {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = columns.get(i).stream().mapToInt(header::indexOf).filter(p -> p >= 0).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The header has no column " + columns));
        }
        return positions;
    }
}
