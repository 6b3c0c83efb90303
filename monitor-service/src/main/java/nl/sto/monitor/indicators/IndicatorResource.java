package nl.sto.monitor.indicators;

import java.util.List;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorResource {

    private static final String SCHOOL_YEAR = "\\d{4}-\\d{4}";

    private final IndicatorService indicators;
    private final RegionFiguresCache figures;
    private final IndicatorAccess access;

    public IndicatorResource(IndicatorService indicators, RegionFiguresCache figures, IndicatorAccess access) {
        this.indicators = indicators;
        this.figures = figures;
        this.access = access;
    }

    @GET
    @Operation(summary = "The indicators with their written definitions")
    public List<Indicator> all() {
        return indicators.all();
    }

    @GET
    @Path("/figures")
    @Operation(summary = "A region's own figures (its partners, ministry, monitor): each indicator's latest school year "
            + "with the national value beside it, and the paragraph in Dutch and English a report section can start "
            + "from; 400 without region, 404 for an unknown one")
    public Uni<RegionFigures> figures(@QueryParam("region") String region) {
        if (region == null || region.isBlank()) {
            throw ProblemException.badRequest("region", FieldErrorCode.REQUIRED,
                    "is required: the region whose figures are asked for");
        }
        return access.toRead(region).chain(() -> figures.get(region));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An indicator for a school year (the latest when left out), nationally or for region= (its "
            + "partners, ministry, monitor): value, numerator, denominator, breakdown and definition")
    public Uni<IndicatorValue> one(@PathParam("id") String id, @QueryParam("schoolYear") String schoolYear,
            @QueryParam("region") String region) {
        indicators.definition(id);
        if (schoolYear != null && !schoolYear.matches(SCHOOL_YEAR)) {
            throw ProblemException.badRequest("schoolYear", "must be two years, like 2019-2020");
        }
        return access.toRead(region).chain(() -> indicators.value(id, schoolYear, region));
    }
}
