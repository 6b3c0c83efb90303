package nl.sto.monitor.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.sto.common.duo.DuoCsv;

/**
 * Exam candidates and passes per location and programme, one row per school year the file has a column group for
 * (both sexes together: the group's TOTAAL columns). An import replaces those school years. A year in which a
 * programme had no candidates at the location is left out; a count DUO suppressed ("<5") is kept as unknown.
 */
final class ExamRows implements RowMapping {

    private static final Pattern CANDIDATES = Pattern.compile("EXAMENKANDIDATEN SCHOOLJAAR (\\d{4}-\\d{4}) - TOTAAL");
    private static final Pattern VMBO = Pattern.compile("VMBO (B|K|G|T|LWT)(?: - (.+))?");

    private final int[] at;
    private final List<String> columns;
    private final List<YearColumns> years;

    private record YearColumns(String schoolYear, int candidates, int passed) {
    }

    /** An {@link IllegalArgumentException} when the header has no school year's candidates and passes. */
    ExamRows(List<String> header) {
        this.at = DuoFileKind.EXAMS.positions(header);
        this.columns = header;
        this.years = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher candidates = CANDIDATES.matcher(header.get(i));
            if (candidates.matches()) {
                int passed = header.indexOf("GESLAAGDEN SCHOOLJAAR " + candidates.group(1) + " - TOTAAL");
                if (passed >= 0) {
                    years.add(new YearColumns(candidates.group(1), i, passed));
                }
            }
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("the exam file has no pair of columns 'EXAMENKANDIDATEN SCHOOLJAAR "
                    + "yyyy-yyyy - TOTAAL' and 'GESLAAGDEN SCHOOLJAAR yyyy-yyyy - TOTAAL'; found: "
                    + String.join(", ", header));
        }
    }

    /** The school years the file holds, as one span: {@code 2014-2019} for 2014-2015 up to 2018-2019. */
    String span() {
        return years.get(0).schoolYear().substring(0, 4) + "-" + years.get(years.size() - 1).schoolYear().substring(5);
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE exam_stage (LIKE exam_result) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "exam_stage (school_year, location_code, education_type, programme, leerweg, sector, candidates, passed)";
    }

    @Override
    public List<String> merge() {
        String schoolYears = String.join(", ", years.stream().map(y -> "'" + y.schoolYear() + "'").toList());
        return List.of("DELETE FROM exam_result WHERE school_year IN (" + schoolYears + ")", """
                INSERT INTO exam_result (school_year, location_code, education_type, programme, leerweg, sector,
                                         candidates, passed)
                SELECT school_year, location_code, max(education_type), programme, max(leerweg), max(sector),
                       CASE WHEN count(*) = count(candidates) THEN sum(candidates) END,
                       CASE WHEN count(*) = count(passed) THEN sum(passed) END
                FROM exam_stage
                GROUP BY school_year, location_code, programme""");
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String brin = Codes.brin(record.get(at[0]));
        String location = Codes.location(brin, record.get(at[1]));
        String educationType = Codes.required(columns.get(at[2]), record.get(at[2]));
        String programme = Codes.required(columns.get(at[3]), record.get(at[3]));
        Matcher vmbo = VMBO.matcher(programme);
        String leerweg = vmbo.matches() ? leerweg(vmbo.group(1)) : null;
        String sector = vmbo.matches() && vmbo.group(2) != null ? vmbo.group(2).strip().toLowerCase() : null;
        List<List<String>> rows = new ArrayList<>();
        for (YearColumns year : years) {
            String candidates = Codes.count(columns.get(year.candidates()), record.get(year.candidates()));
            String passed = Codes.count(columns.get(year.passed()), record.get(year.passed()));
            if ("0".equals(candidates) && "0".equals(passed)) {
                continue;
            }
            if (candidates != null && passed != null && Integer.parseInt(passed) > Integer.parseInt(candidates)) {
                throw new RejectedRow(columns.get(year.passed()) + " is " + passed + ", more than the "
                        + candidates + " candidates");
            }
            rows.add(Arrays.asList(year.schoolYear(), location, educationType, programme, leerweg, sector,
                    candidates, passed));
        }
        return rows;
    }

    /** The leerwerktraject is a route through the basisberoepsgerichte leerweg. */
    private static String leerweg(String letter) {
        return switch (letter) {
            case "B", "LWT" -> "BL";
            case "K" -> "KL";
            case "G" -> "GL";
            default -> "TL";
        };
    }
}
