package nl.sto.monitor.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The open-data files shipped with the platform that the monitor imports, in the order they go in: the locations
 * first (a board's locations come from them) with their positions and the population around them, then the
 * students per school year (each computing its year's reach), then the exams. The official sources are in the
 * service's README, for whoever wants the current files.
 */
final class ShippedFiles {

    static final List<String> NAMES = List.of(
            "duo/alle-vestigingen-vo.csv",
            "duo/vestigingen_vo_all_geocoded_from_rds.csv",
            "pc4-population-2023.csv",
            "duo/leerlingen-vo-per-vestiging-naar-onderwijstype-2016.csv",
            "duo/leerlingen-vo-per-vestiging-naar-onderwijstype-2017.csv",
            "duo/leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv",
            "duo/examenkandidaten-en-geslaagden-2014-2019.csv",
            "duo/duo_examen_raw_all.csv");

    private ShippedFiles() {
    }

    /** Those of the shipped files that are in the folder. */
    static List<Path> in(Path dataDir) {
        return NAMES.stream().map(dataDir::resolve).filter(Files::isRegularFile).toList();
    }
}
