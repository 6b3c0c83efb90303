package nl.sto.monitor.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.monitor.indicators.IndicatorValue.Part;

/** Computes an indicator for a school year (the latest when none is asked for), nationally or for a region. */
@ApplicationScoped
public class IndicatorService {

    private static final List<String> LEERWEGEN = List.of("BL", "KL", "GL");

    private final IndicatorRepository counts;

    public IndicatorService(IndicatorRepository counts) {
        this.counts = counts;
    }

    public List<Indicator> all() {
        return IndicatorCatalog.ALL;
    }

    /** 404 for an indicator that does not exist. */
    public Indicator definition(String id) {
        return IndicatorCatalog.find(id).orElseThrow(() -> ProblemException.notFound("There is no indicator " + id
                + "; the indicators are " + IndicatorCatalog.ALL.stream().map(Indicator::id).toList()));
    }

    /** 404 for a school year without data, naming the years there are. */
    @WithSession
    public Uni<IndicatorValue> value(String id, String schoolYear, String region) {
        Indicator indicator = definition(id);
        return counts.schoolYears().chain(years -> {
            if (years.isEmpty()) {
                throw ProblemException.notFound("No student data has been imported yet");
            }
            String year = schoolYear == null ? years.get(years.size() - 1) : schoolYear;
            if (!years.contains(year)) {
                throw ProblemException.notFound("There are no student counts for school year " + year
                        + "; there are for " + String.join(", ", years));
            }
            return counts.technicalYear3(year, region).map(rows -> technicalShare(indicator, year, region, years,
                    rows));
        });
    }

    private static IndicatorValue technicalShare(Indicator indicator, String year, String region, List<String> years,
            List<Object[]> rows) {
        Map<String, long[]> byLeerweg = new HashMap<>();
        for (Object[] row : rows) {
            byLeerweg.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<Part> breakdown = new ArrayList<>();
        long technical = 0;
        long students = 0;
        for (String leerweg : LEERWEGEN) {
            long[] count = byLeerweg.getOrDefault(leerweg, new long[2]);
            breakdown.add(Part.of(leerweg, count[0], count[1]));
            technical += count[0];
            students += count[1];
        }
        return new IndicatorValue(indicator.id(), year, region, indicator.unit(),
                IndicatorValue.percent(technical, students), technical, students, breakdown, indicator, years);
    }
}
