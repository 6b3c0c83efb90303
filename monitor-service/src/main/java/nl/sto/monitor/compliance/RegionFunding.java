package nl.sto.monitor.compliance;

import java.math.BigDecimal;

/** One region's grant and co-financing; {@code name} null while its registration has not arrived. */
public record RegionFunding(String region, String name, Funding funding) {

    static RegionFunding of(String region, String name, BigDecimal granted, BigDecimal money, BigDecimal inKind,
            long confirmations) {
        return new RegionFunding(region, name, Funding.of(granted, money, inKind, confirmations));
    }
}
