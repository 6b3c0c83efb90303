package nl.sto.monitor.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The board's answers, judged on today by the programme's clock. */
@ApplicationScoped
public class ComplianceService {

    private final ComplianceRepository repository;
    private final ComplianceSettings settings;
    private final Clock clock;

    public ComplianceService(ComplianceRepository repository, ComplianceSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** Of one region and one kind, or of all when null. */
    public Uni<ComplianceBoard> board(String region, String kind) {
        LocalDate today = today();
        return repository.obligations(region, kind).map(found -> new ComplianceBoard(today,
                found.stream().map(obligation -> ObligationCompliance.of(obligation, today)).toList()));
    }

    public Uni<ComplianceSummary> summary() {
        LocalDate today = today();
        return repository.obligations(null, null).map(all -> ComplianceSummary.of(all, today));
    }

    public Uni<List<RegionAtRisk>> atRisk() {
        LocalDate today = today();
        return repository.obligations(null, null)
                .map(all -> RegionAtRisk.of(all, today, settings.dueSoonDays()));
    }

    /** One region's (which is listed even before it has a grant) or every region's, with the national totals. */
    public Uni<CofinancingReport> cofinancing(Integer year, String region) {
        if (region != null) {
            return repository.funding(year, region).chain(found -> found.isEmpty()
                    ? repository.regionName(region).map(name -> List.of(new RegionFunding(region, name, Funding.NONE)))
                    : Uni.createFrom().item(found))
                    .map(regions -> new CofinancingReport(year, regions, null));
        }
        return repository.funding(year, null).map(regions -> new CofinancingReport(year, regions,
                regions.stream().map(RegionFunding::funding).reduce(Funding.NONE, Funding::plus)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
