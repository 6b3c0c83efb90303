package nl.sto.monitor.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.monitor.indicators.IndicatorRepository.Source;
import nl.sto.monitor.indicators.IndicatorValue.Part;
import nl.sto.monitor.indicators.RegionFigures.Figure;

/** Computes an indicator for a school year (the latest when none is asked for), nationally or for a region. */
@ApplicationScoped
public class IndicatorService {

    private static final List<String> LEERWEGEN = List.of("BL", "KL", "GL");
    private static final List<String> EXAM_LEERWEGEN = List.of("BL", "KL", "GL", "TL");
    private static final String NO_FLOW_THROUGH = "No open data holds the flow-through from vmbo to technical mbo. "
            + "Upload a file per school year with the columns VESTIGINGSCODE, LEERWEG, GEDIPLOMEERDEN and NAAR "
            + "TECHNISCH MBO (POST /api/imports, the monitor team).";
    private static final String NO_REACH = "The reach needs the positions of the school locations and the population "
            + "per postcode area: import the geocoded locations and the CBS population file (POST /api/imports/shipped).";
    private static final List<String> BEROEPSGERICHT = List.of("BL", "KL");

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

    /**
     * 404 for a school year without data, naming the years there are. An indicator whose data has never been imported
     * answers without a value, saying what it needs, when no school year was asked for.
     */
    @WithSession
    public Uni<IndicatorValue> value(String id, String schoolYear, String region) {
        Indicator indicator = definition(id);
        return counts.schoolYears(source(id)).chain(years -> {
            if (years.isEmpty() && schoolYear == null && IndicatorCatalog.FLOW_THROUGH.equals(id)) {
                return Uni.createFrom().item(new Asked(indicator, null, region, years).unavailable("no-open-data", NO_FLOW_THROUGH));
            }
            Asked asked = new Asked(indicator, year(indicator, schoolYear, years), region, years);
            return switch (id) {
                case IndicatorCatalog.STUDENT_CHANGE -> studentChange(asked);
                case IndicatorCatalog.TECHNICAL_LOCATIONS -> counts.technicalLocations(asked.year(), region)
                        .map(rows -> technicalLocations(asked, rows));
                case IndicatorCatalog.REACHABILITY -> counts.reach(asked.year(), region).map(row -> reach(asked, row));
                case IndicatorCatalog.TECHNICAL_EXAMS -> counts.technicalExams(asked.year(), region)
                        .map(rows -> shareByLeerweg(asked, rows, EXAM_LEERWEGEN, LEERWEGEN));
                case IndicatorCatalog.FLOW_THROUGH -> counts.flowThrough(asked.year(), region)
                        .map(rows -> shareByLeerweg(asked, rows, LEERWEGEN, LEERWEGEN));
                default -> counts.technicalYear3(asked.year(), region)
                        .map(rows -> shareByLeerweg(asked, rows, LEERWEGEN, LEERWEGEN));
            };
        });
    }

    /**
     * The region's latest figure of every indicator that has one, beside the national figure of the same school
     * year, and the paragraph a report section can start from.
     */
    @WithSession
    public Uni<RegionFigures> figures(String region) {
        return Multi.createFrom().iterable(IndicatorCatalog.ALL)
                .onItem().transformToUniAndConcatenate(indicator -> figure(indicator, region))
                .collect().asList()
                .map(found -> {
                    List<Figure> figures = found.stream().flatMap(Optional::stream).toList();
                    return new RegionFigures(region, figures, FigureText.of(region, figures));
                });
    }

    /**
     * The latest school year in which the region has a value (a newer file may not hold its locations yet), beside the
     * national value of that year; nothing when it has none, or the indicator no data.
     */
    private Uni<Optional<Figure>> figure(Indicator indicator, String region) {
        return value(indicator.id(), null, region)
                .chain(latest -> latestWithValue(indicator, region, latest, latest.schoolYears().size() - 1))
                .chain(own -> own.isEmpty() ? Uni.createFrom().item(Optional.<Figure>empty())
                        : value(indicator.id(), own.get().schoolYear(), null).map(national -> Optional.of(new Figure(
                                indicator.id(), indicator.title(), indicator.unit(), own.get().schoolYear(),
                                own.get().value(), own.get().numerator(), own.get().denominator(), national.value()))))
                .onFailure(ProblemException.class).recoverWithItem(Optional.empty());
    }

    /** {@code answer} when it has a value, else the region's answer for the school year before {@code index}. */
    private Uni<Optional<IndicatorValue>> latestWithValue(Indicator indicator, String region, IndicatorValue answer,
            int index) {
        if (answer.value() != null) {
            return Uni.createFrom().item(Optional.of(answer));
        }
        int before = index - 1;
        if (before < 0 || answer.schoolYears().isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return value(indicator.id(), answer.schoolYears().get(before), region)
                .chain(earlier -> latestWithValue(indicator, region, earlier, before));
    }

    private static Source source(String id) {
        return switch (id) {
            case IndicatorCatalog.TECHNICAL_EXAMS -> Source.EXAMS;
            case IndicatorCatalog.FLOW_THROUGH -> Source.FLOW_THROUGH;
            default -> Source.STUDENTS;
        };
    }

    private record Asked(Indicator indicator, String year, String region, List<String> years) {

        IndicatorValue answer(Double value, long numerator, long denominator, List<Part> breakdown, String missing) {
            return new IndicatorValue(indicator.id(), year, region, indicator.unit(), value, numerator, denominator,
                    breakdown, indicator, years, missing, null, null);
        }

        IndicatorValue unavailable(String noteCode, String note) {
            return new IndicatorValue(indicator.id(), year, region, indicator.unit(), null, 0, 0, List.of(),
                    indicator, years, null, note, noteCode);
        }
    }

    private static String year(Indicator indicator, String asked, List<String> years) {
        if (years.isEmpty()) {
            throw ProblemException.notFound("No data for " + indicator.id() + " has been imported yet");
        }
        String year = asked == null ? years.get(years.size() - 1) : asked;
        if (!years.contains(year)) {
            throw ProblemException.notFound("There are no figures of " + indicator.id() + " for school year " + year
                    + "; there are for " + String.join(", ", years));
        }
        return year;
    }

    /** The share nationally or of the region's areas; without computed reach, what the figure needs. */
    private static IndicatorValue reach(Asked asked, Object[] row) {
        if (number(row[4]) == 0 && asked.region() == null) {
            return asked.unavailable("needs-import", NO_REACH);
        }
        long young = number(row[1]);
        return asked.answer(IndicatorValue.percent(number(row[0]), young), number(row[0]), young,
                List.of(Part.of("BL", number(row[2]), young), Part.of("KL", number(row[3]), young)), null);
    }

    /**
     * Numerator and denominator per leerweg from rows (leerweg, numerator, denominator); the total adds up the
     * leerwegen {@code counted}, the breakdown shows those {@code shown}.
     */
    private static IndicatorValue shareByLeerweg(Asked asked, List<Object[]> rows, List<String> shown,
            List<String> counted) {
        Map<String, long[]> byLeerweg = byKey(rows);
        List<Part> breakdown = new ArrayList<>();
        long numerator = 0;
        long denominator = 0;
        for (String leerweg : shown) {
            long[] count = byLeerweg.getOrDefault(leerweg, new long[2]);
            breakdown.add(Part.of(leerweg, count[0], count[1]));
            if (counted.contains(leerweg)) {
                numerator += count[0];
                denominator += count[1];
            }
        }
        return asked.answer(IndicatorValue.percent(numerator, denominator), numerator, denominator, breakdown, null);
    }

    private static IndicatorValue technicalLocations(Asked asked, List<Object[]> rows) {
        Map<String, long[]> byLeerweg = byKey(rows);
        List<Part> breakdown = new ArrayList<>();
        for (String leerweg : BEROEPSGERICHT) {
            long[] count = byLeerweg.getOrDefault(leerweg, new long[2]);
            breakdown.add(new Part(leerweg, (double) count[0], count[0], count[1]));
        }
        long[] total = byLeerweg.getOrDefault(null, new long[2]);
        return asked.answer((double) total[0], total[0], total[1], breakdown, null);
    }

    /** Against the school year before; when that year was not imported, the answer says it is missing. */
    private Uni<IndicatorValue> studentChange(Asked asked) {
        int first = Integer.parseInt(asked.year().substring(0, 4));
        String previous = (first - 1) + "-" + first;
        if (!asked.years().contains(previous)) {
            return counts.studentsByKind(asked.year(), asked.region()).map(now -> asked.answer(null,
                    number(now[0]), 0, List.of(new Part("technical", null, number(now[0]), 0),
                            new Part("non-technical", null, number(now[1]), 0)), previous));
        }
        return counts.studentsByKind(asked.year(), asked.region())
                .chain(now -> counts.studentsByKind(previous, asked.region()).map(before -> {
                    long technical = number(now[0]);
                    long technicalBefore = number(before[0]);
                    List<Part> breakdown = List.of(
                            new Part("technical", IndicatorValue.change(technical, technicalBefore), technical,
                                    technicalBefore),
                            new Part("non-technical", IndicatorValue.change(number(now[1]), number(before[1])),
                                    number(now[1]), number(before[1])));
                    return asked.answer(IndicatorValue.change(technical, technicalBefore), technical,
                            technicalBefore, breakdown, null);
                }));
    }

    private static Map<String, long[]> byKey(List<Object[]> rows) {
        Map<String, long[]> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.put((String) row[0], new long[] {number(row[1]), number(row[2])});
        }
        return byKey;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
