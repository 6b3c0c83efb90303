package nl.sto.monitor.compliance;

import java.util.List;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The compliance board: how the regions stand with their report obligations, nationally and per region, which regions
 * are at risk, and their co-financing against the grant. Who reads what: {@link ComplianceAccess}.
 */
@Path("/api/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ComplianceResource {

    private final ComplianceService compliance;
    private final ComplianceAccess access;

    public ComplianceResource(ComplianceService compliance, ComplianceAccess access) {
        this.compliance = compliance;
        this.access = access;
    }

    @GET
    @Operation(summary = "Per obligation and region its state today (open, submitted-on-time, submitted-late, "
            + "overdue, accepted, returned), current due date and why, submission and review times, reminders "
            + "delivered and failed; of region= (its partners, ministry, monitor) or every region (ministry, "
            + "monitor), of obligationKind= or every kind")
    public Uni<ComplianceBoard> board(
            @QueryParam("region") @Parameter(description = "A region code") String region,
            @QueryParam("obligationKind") @Parameter(description = "An obligation kind's code") String kind) {
        String regionCode = ComplianceParameters.region(region);
        String kindCode = ComplianceParameters.obligationKind(kind);
        return access.toRead(regionCode).chain(() -> compliance.board(regionCode, kindCode));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Nationally: the obligations per state and the on-time rate, overall and per obligation of "
            + "each regulation (kind and due date); ministry and monitor")
    public Uni<ComplianceSummary> summary() {
        return access.toReadNationally().chain(compliance::summary);
    }

    @GET
    @Path("/at-risk")
    @Operation(summary = "The regions at risk, most at risk first, each with its reasons: overdue, reminders failing, "
            + "due soon without a report started; ministry and monitor")
    public Uni<List<RegionAtRisk>> atRisk() {
        return access.toReadNationally().chain(compliance::atRisk);
    }

    @GET
    @Path("/cofinancing")
    @Operation(summary = "Co-financing confirmed (money, in kind, together) against the grant per region and "
            + "nationally, of year= or every year; of region= (its partners, ministry, monitor) or every region "
            + "(ministry, monitor)")
    public Uni<CofinancingReport> cofinancing(
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "" + ComplianceParameters.FIRST_YEAR, maximum = "" + ComplianceParameters.LAST_YEAR))
            String year,
            @QueryParam("region") @Parameter(description = "A region code") String region) {
        Integer asked = ComplianceParameters.year(year);
        String regionCode = ComplianceParameters.region(region);
        return access.toRead(regionCode).chain(() -> compliance.cofinancing(asked, regionCode));
    }
}
