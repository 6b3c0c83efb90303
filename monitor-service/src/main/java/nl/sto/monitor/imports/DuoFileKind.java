package nl.sto.monitor.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open-data files the monitor imports, and the one file it takes that no open data provides (flow-through to
 * mbo), told apart by their header row. Columns are found by name, never by
 * position: DUO renamed some between releases and older files have extra ones. Each kind lists the names it accepts
 * for a column, the newest first.
 */
public enum DuoFileKind {

    /** DUO "01. Leerlingen vo per vestiging naar onderwijstype": students per location, programme and leerjaar. */
    STUDENTS("students", SchoolYears.GIVEN, List.of(
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
    LOCATIONS("locations", SchoolYears.NONE, List.of(
            List.of("BEVOEGD GEZAG NUMMER"),
            List.of("INSTELLINGSCODE", "BRIN NUMMER"),
            List.of("VESTIGINGSCODE", "VESTIGINGSNUMMER"),
            List.of("VESTIGINGSNAAM"),
            List.of("GEMEENTENAAM"),
            List.of("POSTCODE"),
            List.of("ONDERWIJSSTRUCTUUR"))),

    /**
     * School locations with their position: the geocoded "Alle vestigingen vo" ({@code VESTIGINGSNUMMER} is BRIN +
     * vestiging there) or the later geocoded list ({@code vestigings_id}).
     */
    COORDINATES("coordinates", SchoolYears.NONE, List.of(
            List.of("vestigings_id", "VESTIGINGSNUMMER"),
            List.of("latitude", "lat"),
            List.of("longitude", "long"))),

    /** CBS population per 4-digit postcode area, with the area's centroid. */
    POPULATION("population", SchoolYears.NONE, List.of(
            List.of("pc4"),
            List.of("inhabitants"),
            List.of("age_15_24"),
            List.of("lat"),
            List.of("lon"))),

    /**
     * DUO "06. Examenkandidaten en geslaagden": candidates and passes per location and programme, a column group per
     * school year (the years the file covers come from its columns).
     */
    EXAMS("exams", SchoolYears.IN_COLUMNS, List.of(
            List.of("INSTELLINGSCODE", "BRIN NUMMER"),
            List.of("VESTIGINGSCODE", "VESTIGINGSNUMMER"),
            List.of("ONDERWIJSTYPE VO"),
            List.of("OPLEIDINGSNAAM"))),

    /** Flow-through from vmbo to technical mbo per location and leerweg, for one school year (uploaded). */
    FLOW_THROUGH("flow-through", SchoolYears.GIVEN, List.of(
            List.of("VESTIGINGSCODE"),
            List.of("LEERWEG"),
            List.of("GEDIPLOMEERDEN"),
            List.of("NAAR TECHNISCH MBO")));

    /** Where the school year(s) a file counts come from. */
    public enum SchoolYears {
        /** The file holds one school year, given with the upload or named in the file's name; an import replaces it. */
        GIVEN,
        /** The file's columns name the school years it holds; an import replaces those years. */
        IN_COLUMNS,
        /** The file is the state of one moment. */
        NONE
    }

    private final String value;
    private final SchoolYears schoolYears;
    private final List<List<String>> columns;

    DuoFileKind(String value, SchoolYears schoolYears, List<List<String>> columns) {
        this.value = value;
        this.schoolYears = schoolYears;
        this.columns = columns;
    }

    public String value() {
        return value;
    }

    public SchoolYears schoolYears() {
        return schoolYears;
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
