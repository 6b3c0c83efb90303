package nl.sto.monitor.imports;

import java.util.Arrays;
import java.util.List;

import nl.sto.common.duo.DuoCsv;

/**
 * School locations with their board and institution. The file is the state of one moment: a location it lists is
 * added or brought up to date, and a location it no longer lists stays, since older school years still count it.
 */
final class LocationRows implements RowMapping {

    private final int[] at;
    private final List<String> columns;

    LocationRows(List<String> header) {
        this.at = DuoFileKind.LOCATIONS.positions(header);
        this.columns = header;
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE location_stage (LIKE school_location) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "location_stage (code, brin, board, name, municipality, postcode, structure)";
    }

    @Override
    public List<String> merge() {
        return List.of("""
                INSERT INTO school_location (code, brin, board, name, municipality, postcode, structure)
                SELECT DISTINCT ON (code) code, brin, board, name, municipality, postcode, structure
                FROM location_stage ORDER BY code
                ON CONFLICT (code) DO UPDATE SET brin = excluded.brin, board = excluded.board, name = excluded.name,
                    municipality = excluded.municipality, postcode = excluded.postcode,
                    structure = excluded.structure""");
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String brin = Codes.brin(record.get(at[1]));
        return List.of(Arrays.asList(Codes.location(brin, record.get(at[2])), brin, empty(record.get(at[0])),
                Codes.required(columns.get(at[3]), record.get(at[3])), empty(record.get(at[4])),
                empty(record.get(at[5])), empty(record.get(at[6]))));
    }

    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }
}
