package nl.sto.monitor.indicators;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The counts behind the indicators, computed by PostgreSQL from the imported open data. */
@ApplicationScoped
public class IndicatorRepository {

    /** Year-3 students per leerweg, and those of them in a technical programme. */
    private static final String TECHNICAL_Y3 = """
            SELECT s.leerweg, COALESCE(sum(s.year_3) FILTER (WHERE s.sector = 'Techniek'), 0),
                   COALESCE(sum(s.year_3), 0)
            FROM student_count s
            WHERE s.school_year = :year AND s.leerweg IN ('BL', 'KL', 'GL')""";

    /**
     * The same for the locations of a region's school partners that have not left: a location, every location of an
     * institution (from the locations file, and by its BRIN among the year's counts), every location of a board. The
     * locations are found first and then looked up by key: a region has a few dozen of a year's thousands.
     */
    private static final String REGION_TECHNICAL_Y3 = """
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
            """ + TECHNICAL_Y3 + " AND s.location_code = ANY (ARRAY(SELECT code FROM location))";

    /** Per leerweg: the leerweg, technical students, all students; nationally when {@code region} is null. */
    public Uni<List<Object[]>> technicalYear3(String schoolYear, String region) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery((region == null ? TECHNICAL_Y3 : REGION_TECHNICAL_Y3)
                    + " GROUP BY s.leerweg", Object[].class).setParameter("year", schoolYear);
            return (region == null ? query : query.setParameter("region", region)).getResultList();
        });
    }

    /** The school years with student counts, oldest first. */
    public Uni<List<String>> schoolYears() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT DISTINCT school_year FROM student_count ORDER BY school_year", String.class).getResultList());
    }
}
