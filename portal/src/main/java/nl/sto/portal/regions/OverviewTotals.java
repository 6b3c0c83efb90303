package nl.sto.portal.regions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionViews.Totals;

/** The sums over the regions an overview shows: grants, confirmed co-financing and the share it covers. */
final class OverviewTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OverviewTotals() {
    }

    /** The share as regions-service computes it per region: a percentage with one decimal, none without grants. */
    static Totals of(List<RegionSummary> regions) {
        BigDecimal grants = sum(regions.stream().map(r -> r.totals().grants()).toList());
        BigDecimal cofinancing = sum(regions.stream().map(r -> r.totals().cofinancingConfirmed()).toList());
        BigDecimal share = grants.signum() == 0 ? null
                : cofinancing.multiply(HUNDRED).divide(grants, 1, RoundingMode.HALF_UP);
        return new Totals(grants, cofinancing, share);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
