package nl.sto.monitor.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The counts behind the indicators, computed by PostgreSQL from the imported open data, nationally or for the
 * locations of one region.
 */
@ApplicationScoped
public class IndicatorRepository {

    /**
     * The locations of a region's school partners that have not left: a location, every location of an institution
     * (from the locations file, and by its BRIN among the year's counts), every location of a board. They are found
     * first and the counts then looked up by key: a region has a few dozen of a year's thousands.
     */
    private static final String REGION_LOCATIONS = """
            WITH partner AS (
                SELECT identifier_type, identifier FROM region_partner
                WHERE region_code = :region AND left_on IS NULL
            ), location AS (
                SELECT identifier AS code FROM partner WHERE identifier_type = 'LOCATION'
                UNION SELECT l.code FROM partner p JOIN school_location l ON l.brin = p.identifier
                      WHERE p.identifier_type = 'INSTITUTION'
                UNION SELECT l.code FROM partner p JOIN school_location l ON l.board = p.identifier
                      WHERE p.identifier_type = 'BOARD'
                UNION SELECT c.location_code FROM partner p JOIN student_count c ON c.school_year = :year
                          AND c.location_code BETWEEN p.identifier || '00' AND p.identifier || '99'
                      WHERE p.identifier_type = 'INSTITUTION'
            )
            """;
    private static final String IN_REGION = " AND s.location_code = ANY (ARRAY(SELECT code FROM location))";

    /** Per leerweg BL, KL, GL: year-3 students in a technical programme, all year-3 students. */
    private static final String TECHNICAL_Y3 = """
            SELECT s.leerweg, COALESCE(sum(s.year_3) FILTER (WHERE s.sector = 'Techniek'), 0),
                   COALESCE(sum(s.year_3), 0)
            FROM student_count s
            WHERE s.school_year = :year AND s.leerweg IN ('BL', 'KL', 'GL')""";

    /**
     * Per leerweg BL and KL, and for both together (leerweg null): locations with students in year 3 or 4 of a
     * technical programme, and locations with any students in year 3 or 4.
     */
    private static final String TECHNICAL_LOCATIONS = """
            SELECT s.leerweg,
                   count(DISTINCT s.location_code) FILTER (WHERE s.sector = 'Techniek'
                       AND COALESCE(s.year_3, 0) + COALESCE(s.year_4, 0) > 0),
                   count(DISTINCT s.location_code) FILTER (WHERE COALESCE(s.year_3, 0) + COALESCE(s.year_4, 0) > 0)
            FROM student_count s
            WHERE s.school_year = :year AND s.leerweg IN ('BL', 'KL')""";

    /** Students in years 3 and 4 of BL, KL and GL: in a technical programme, in any other. */
    private static final String STUDENTS_BY_KIND = """
            SELECT COALESCE(sum(COALESCE(s.year_3, 0) + COALESCE(s.year_4, 0))
                       FILTER (WHERE s.sector = 'Techniek'), 0),
                   COALESCE(sum(COALESCE(s.year_3, 0) + COALESCE(s.year_4, 0))
                       FILTER (WHERE s.sector <> 'Techniek'), 0)
            FROM student_count s
            WHERE s.school_year = :year AND s.leerweg IN ('BL', 'KL', 'GL')""";

    /**
     * One row: young people within reach of technical BL or KL, all young people, within reach of technical BL, of
     * technical KL, and the areas counted (none: the reach was not computed for the year).
     */
    private static final String REACH = """
            SELECT COALESCE(sum(s.young) FILTER (WHERE s.reaches_bl OR s.reaches_kl), 0), COALESCE(sum(s.young), 0),
                   COALESCE(sum(s.young) FILTER (WHERE s.reaches_bl), 0),
                   COALESCE(sum(s.young) FILTER (WHERE s.reaches_kl), 0), count(*)
            FROM postcode_reach s
            WHERE s.school_year = :year""";

    /** Per leerweg: passes and candidates in the technical vmbo programmes whose counts are known. */
    private static final String TECHNICAL_EXAMS = """
            SELECT s.leerweg, COALESCE(sum(s.passed), 0), COALESCE(sum(s.candidates), 0)
            FROM exam_result s
            WHERE s.school_year = :year AND s.leerweg IS NOT NULL AND s.sector = 'techniek'
              AND s.candidates IS NOT NULL AND s.passed IS NOT NULL""";

    /** Per leerweg: graduates who went on to technical mbo, all graduates. */
    private static final String FLOW_THROUGH = """
            SELECT s.leerweg, COALESCE(sum(s.to_technical_mbo), 0), COALESCE(sum(s.graduates), 0)
            FROM flow_through s
            WHERE s.school_year = :year""";

    /** One row: see {@link #REACH}. */
    public Uni<Object[]> reach(String schoolYear, String region) {
        return rows(REACH, "", schoolYear, region).map(rows -> rows.get(0));
    }

    /** Per leerweg: the leerweg, passes, candidates. */
    public Uni<List<Object[]>> technicalExams(String schoolYear, String region) {
        return rows(TECHNICAL_EXAMS, " GROUP BY s.leerweg", schoolYear, region);
    }

    /** Per leerweg: the leerweg, to technical mbo, graduates. */
    public Uni<List<Object[]>> flowThrough(String schoolYear, String region) {
        return rows(FLOW_THROUGH, " GROUP BY s.leerweg", schoolYear, region);
    }

    /** Per leerweg: the leerweg, technical students, all students; nationally when {@code region} is null. */
    public Uni<List<Object[]>> technicalYear3(String schoolYear, String region) {
        return rows(TECHNICAL_Y3, " GROUP BY s.leerweg", schoolYear, region);
    }

    /** Per leerweg, and a row without leerweg for both: locations offering technical, locations offering any. */
    public Uni<List<Object[]>> technicalLocations(String schoolYear, String region) {
        return rows(TECHNICAL_LOCATIONS, " GROUP BY GROUPING SETS ((s.leerweg), ())", schoolYear, region);
    }

    /** One row: technical students, other students. */
    public Uni<Object[]> studentsByKind(String schoolYear, String region) {
        return rows(STUDENTS_BY_KIND, "", schoolYear, region).map(rows -> rows.get(0));
    }

    /**
     * The school years of a table whose primary key starts with {@code school_year}, oldest first: one step through
     * the key per year, rather than a DISTINCT over every row of every year that each indicator request would pay for.
     */
    private static final String SCHOOL_YEARS = """
            WITH RECURSIVE year AS (
                SELECT min(school_year) AS school_year FROM %1$s
                UNION ALL
                SELECT (SELECT min(c.school_year) FROM %1$s c WHERE c.school_year > year.school_year)
                FROM year WHERE year.school_year IS NOT NULL
            )
            SELECT school_year FROM year WHERE school_year IS NOT NULL""";

    /** The data an indicator is computed from, each kept per school year. */
    public enum Source {
        STUDENTS("student_count"), EXAMS("exam_result"), FLOW_THROUGH("flow_through");

        private final String table;

        Source(String table) {
            this.table = table;
        }
    }

    /** The school years the source has data for, oldest first. */
    public Uni<List<String>> schoolYears(Source source) {
        String sql = SCHOOL_YEARS.formatted(source.table);
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, String.class).getResultList());
    }

    /**
     * What a region's figures are computed from, in one row: every import that changed data ends with a 'done' run in
     * its own transaction, and the region's partners name its locations. {@code import_run} holds a row per file
     * imported, a few hundred; the partners come through the partial index {@code region_partner_of_region}, and the
     * row value as text quotes what could otherwise run into the next field.
     */
    private static final String STAMP = """
            SELECT max(r.finished_at), count(*),
                   (SELECT md5(string_agg((p.membership_id, p.identifier_type, p.identifier)::text, ','
                                          ORDER BY p.membership_id))
                    FROM region_partner p WHERE p.region_code = :region AND p.left_on IS NULL)
            FROM import_run r
            WHERE r.status = 'done'""";

    /**
     * The data a region's figures were computed from: the latest import that changed data, how many did (the count
     * grows even when two imports finish at the same instant, or the clock was set back), and a digest of the
     * region's partners (null: none).
     */
    public record DataStamp(Instant lastImport, long imports, String partners) {
    }

    public Uni<DataStamp> stamp(String region) {
        return Panache.getSession().chain(session -> session.createNativeQuery(STAMP, Object[].class)
                .setParameter("region", region).getSingleResult())
                .map(row -> new DataStamp(row[0] == null ? null : ((OffsetDateTime) row[0]).toInstant(),
                        ((Number) row[1]).longValue(), (String) row[2]));
    }

    private static Uni<List<Object[]>> rows(String select, String grouping, String schoolYear, String region) {
        String sql = region == null ? select + grouping : REGION_LOCATIONS + select + IN_REGION + grouping;
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("year", schoolYear);
            return (region == null ? query : query.setParameter("region", region)).getResultList();
        });
    }
}
