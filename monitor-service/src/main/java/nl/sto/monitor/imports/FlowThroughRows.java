package nl.sto.monitor.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.sto.common.duo.DuoCsv;

/**
 * Flow-through from vmbo to technical mbo for one school year: per location and leerweg the diplomas and, of those,
 * the students who started a technical mbo programme. No open data holds this; the monitor team uploads it from the
 * source it has. An import replaces the school year.
 */
final class FlowThroughRows implements RowMapping {

    private static final Set<String> LEERWEGEN = Set.of("BL", "KL", "GL", "TL");

    private final int[] at;
    private final List<String> columns;
    private final String schoolYear;

    FlowThroughRows(List<String> header, String schoolYear) {
        this.at = DuoFileKind.FLOW_THROUGH.positions(header);
        this.columns = header;
        this.schoolYear = schoolYear;
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE flow_stage (LIKE flow_through) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "flow_stage (school_year, location_code, leerweg, graduates, to_technical_mbo)";
    }

    @Override
    public List<String> merge() {
        return List.of("DELETE FROM flow_through WHERE school_year = '" + schoolYear + "'", """
                INSERT INTO flow_through (school_year, location_code, leerweg, graduates, to_technical_mbo)
                SELECT school_year, location_code, leerweg, sum(graduates), sum(to_technical_mbo)
                FROM flow_stage GROUP BY school_year, location_code, leerweg""");
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String location = Codes.locationCode(record.get(at[0]));
        String leerweg = record.get(at[1]).toUpperCase(Locale.ROOT);
        if (!LEERWEGEN.contains(leerweg)) {
            throw new RejectedRow(columns.get(at[1]) + " is '" + record.get(at[1]) + "', not BL, KL, GL or TL");
        }
        String graduates = Codes.count(columns.get(at[2]), record.get(at[2]));
        String technical = Codes.count(columns.get(at[3]), record.get(at[3]));
        if (graduates == null || technical == null) {
            throw new RejectedRow("the counts of " + location + " " + leerweg + " are suppressed; give them whole");
        }
        if (Integer.parseInt(technical) > Integer.parseInt(graduates)) {
            throw new RejectedRow(columns.get(at[3]) + " is " + technical + ", more than the " + graduates
                    + " graduates");
        }
        return List.of(Arrays.asList(schoolYear, location, leerweg, graduates, technical));
    }
}
