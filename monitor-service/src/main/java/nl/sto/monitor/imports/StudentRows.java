package nl.sto.monitor.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.sto.common.duo.DuoCsv;

/**
 * Students per location, programme and leerjaar for one school year. The two sexes are added up; a location's counts
 * that older releases split over LWOO J and N rows are added up as well. An import replaces the school year.
 */
final class StudentRows implements RowMapping {

    private static final Pattern VMBO_UPPER_YEARS = Pattern.compile("VMBO (BL|KL|GL|TL) lj 3-4");
    private static final int YEARS = 6;

    private final int[] at;
    private final List<String> columns;
    private final String schoolYear;

    StudentRows(List<String> header, String schoolYear) {
        this.at = DuoFileKind.STUDENTS.positions(header);
        this.columns = header;
        this.schoolYear = schoolYear;
    }

    @Override
    public String createStage() {
        return "CREATE TEMPORARY TABLE student_stage (LIKE student_count INCLUDING DEFAULTS) ON COMMIT DROP";
    }

    @Override
    public String copyTarget() {
        return "student_stage (school_year, location_code, education_type, leerweg, sector, profile, element_code, "
                + "programme, year_1, year_2, year_3, year_4, year_5, year_6)";
    }

    @Override
    public List<String> merge() {
        return List.of("DELETE FROM student_count WHERE school_year IN (SELECT DISTINCT school_year FROM student_stage)",
                """
                INSERT INTO student_count (school_year, location_code, education_type, leerweg, sector, profile,
                                           element_code, programme, year_1, year_2, year_3, year_4, year_5, year_6)
                SELECT school_year, location_code, education_type, max(leerweg), max(sector), max(profile),
                       element_code, max(programme), sum(year_1), sum(year_2), sum(year_3), sum(year_4),
                       sum(year_5), sum(year_6)
                FROM student_stage
                GROUP BY school_year, location_code, education_type, element_code""");
    }

    @Override
    public Reach reach() {
        return Reach.of(schoolYear);
    }

    @Override
    public List<List<String>> convert(DuoCsv.Record record) throws RejectedRow {
        String brin = Codes.brin(record.get(at[0]));
        String educationType = Codes.required(columns.get(at[2]), record.get(at[2]));
        Matcher vmbo = VMBO_UPPER_YEARS.matcher(educationType);
        List<String> row = new ArrayList<>(List.of(schoolYear, Codes.location(brin, record.get(at[1])), educationType));
        row.add(vmbo.matches() ? vmbo.group(1) : null);
        row.add(record.get(at[3]));
        row.add(record.get(at[4]));
        row.add(Codes.elementCode(record.get(at[5])));
        row.add(record.get(at[6]));
        for (int year = 0; year < YEARS; year++) {
            int men = at[7 + 2 * year];
            int women = at[8 + 2 * year];
            row.add(sum(Codes.count(columns.get(men), record.get(men)),
                    Codes.count(columns.get(women), record.get(women))));
        }
        return List.of(row);
    }

    /** Both sexes; unknown when either was suppressed. */
    private static String sum(String men, String women) {
        return men == null || women == null ? null : String.valueOf(Integer.parseInt(men) + Integer.parseInt(women));
    }
}
