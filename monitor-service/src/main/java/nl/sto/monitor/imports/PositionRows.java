package nl.sto.monitor.imports;

import java.util.Arrays;
import java.util.List;

import nl.sto.common.duo.DuoCsv;

/**
 * School locations with their position (latitude and longitude). A location the file lists is placed or moved; one it
 * no longer lists keeps its last known position, as older school years still count it. A row without a position is
 * turned down.
 */
final class PositionRows implements RowMapping {

    /** The Netherlands with its islands, generously: a position outside is a geocoding mistake. */
    private static final double SOUTH = 50;
    private static final double NORTH = 54;
    private static final double WEST = 3;
    private static final double EAST = 8;

    private final int[] at;
    private final List<String> columns;

    PositionRows(List<String> header) {
        this.at = DuoFileKind.COORDINATES.positions(header);
        this.columns = header;
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE position_stage (LIKE location_position) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "position_stage (code, latitude, longitude)";
    }

    @Override
    public List<String> merge() {
        return List.of("""
                INSERT INTO location_position (code, latitude, longitude)
                SELECT DISTINCT ON (code) code, latitude, longitude FROM position_stage ORDER BY code
                ON CONFLICT (code) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude""");
    }

    @Override
    public Reach reach() {
        return Reach.EVERY_YEAR;
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String code = Codes.locationCode(record.get(at[0]));
        String latitude = Codes.degrees(columns.get(at[1]), record.get(at[1]), SOUTH, NORTH);
        String longitude = Codes.degrees(columns.get(at[2]), record.get(at[2]), WEST, EAST);
        if (latitude == null || longitude == null) {
            throw new RejectedRow("the location " + code + " has no position");
        }
        return List.of(Arrays.asList(code, latitude, longitude));
    }
}
