package nl.sto.monitor.compliance;

import java.util.List;

/**
 * Co-financing against the grant per region, for {@code year} (every year together when null), and nationally:
 * {@code national} is left out when one region was asked for.
 */
public record CofinancingReport(Integer year, List<RegionFunding> regions, Funding national) {
}
