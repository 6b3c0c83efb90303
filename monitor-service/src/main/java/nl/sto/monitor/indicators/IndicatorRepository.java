package nl.sto.monitor.indicators;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The counts behind the indicators, computed by PostgreSQL from the imported open data. */
@ApplicationScoped
public class IndicatorRepository {

    /**
     * Year-3 students per leerweg, and those of them in a technical programme; for a region only the locations of
     * its school partners that have not left.
     */
    private static final String TECHNICAL_Y3 = """
            SELECT s.leerweg,
                   COALESCE(sum(s.year_3) FILTER (WHERE s.sector = 'Techniek'), 0),
                   COALESCE(sum(s.year_3), 0)
            FROM student_count s
            WHERE s.school_year = :year AND s.leerweg IN ('BL', 'KL', 'GL')
              AND (CAST(:region AS text) IS NULL OR EXISTS (
                    SELECT 1 FROM region_partner p
                    WHERE p.region_code = CAST(:region AS text) AND p.left_on IS NULL
                      AND ((p.identifier_type = 'LOCATION' AND p.identifier = s.location_code)
                        OR (p.identifier_type = 'INSTITUTION' AND p.identifier = left(s.location_code, 4))
                        OR (p.identifier_type = 'BOARD' AND p.identifier =
                              (SELECT l.board FROM school_location l WHERE l.code = s.location_code)))))
            GROUP BY s.leerweg""";

    /** Per leerweg: the leerweg, technical students, all students. */
    public Uni<List<Object[]>> technicalYear3(String schoolYear, String region) {
        return Panache.getSession().chain(session -> session.createNativeQuery(TECHNICAL_Y3, Object[].class)
                .setParameter("year", schoolYear)
                .setParameter("region", region)
                .getResultList());
    }

    /** The school years with student counts, oldest first. */
    public Uni<List<String>> schoolYears() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT DISTINCT school_year FROM student_count ORDER BY school_year", String.class).getResultList());
    }
}
