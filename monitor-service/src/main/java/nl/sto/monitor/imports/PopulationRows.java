package nl.sto.monitor.imports;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import nl.sto.common.duo.DuoCsv;

/**
 * Population per 4-digit postcode area with the area's centroid. The file is the state of one reference date: an
 * import replaces every area. A count CBS did not publish, or a centroid the file lacks, is kept as unknown; such an
 * area is not counted where that number is needed.
 */
final class PopulationRows implements RowMapping {

    private static final Pattern PC4 = Pattern.compile("[1-9][0-9]{3}");

    private final int[] at;
    private final List<String> columns;

    PopulationRows(List<String> header) {
        this.at = DuoFileKind.POPULATION.positions(header);
        this.columns = header;
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE population_stage (LIKE postcode_area) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "population_stage (pc4, inhabitants, age_15_24, latitude, longitude)";
    }

    @Override
    public List<String> merge() {
        return List.of("DELETE FROM postcode_area", """
                INSERT INTO postcode_area (pc4, inhabitants, age_15_24, latitude, longitude)
                SELECT DISTINCT ON (pc4) pc4, inhabitants, age_15_24, latitude, longitude
                FROM population_stage ORDER BY pc4""");
    }

    @Override
    public Reach reach() {
        return Reach.EVERY_YEAR;
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String pc4 = record.get(at[0]);
        if (!PC4.matcher(pc4).matches()) {
            throw new RejectedRow("the postcode area '" + pc4 + "' is not 4 digits");
        }
        return List.of(Arrays.asList(pc4, Codes.optionalCount(columns.get(at[1]), record.get(at[1])),
                Codes.optionalCount(columns.get(at[2]), record.get(at[2])),
                Codes.degrees(columns.get(at[3]), record.get(at[3]), -90, 90),
                Codes.degrees(columns.get(at[4]), record.get(at[4]), -180, 180)));
    }
}
