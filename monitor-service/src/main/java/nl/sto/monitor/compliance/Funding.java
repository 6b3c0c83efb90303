package nl.sto.monitor.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Co-financing realised against the grant: what businesses confirmed in money and in kind, together, and as a
 * percentage of the grant (null without a grant). {@code confirmations}: one per business, region and year.
 */
public record Funding(BigDecimal granted, BigDecimal money, BigDecimal inKind, BigDecimal realised,
        Double percentOfGrant, long confirmations) {

    public static final Funding NONE = of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public static Funding of(BigDecimal granted, BigDecimal money, BigDecimal inKind, long confirmations) {
        BigDecimal realised = money.add(inKind);
        Double percent = granted.signum() == 0 ? null
                : realised.multiply(BigDecimal.valueOf(100)).divide(granted, 2, RoundingMode.HALF_UP).doubleValue();
        return new Funding(euros(granted), euros(money), euros(inKind), euros(realised), percent, confirmations);
    }

    public Funding plus(Funding other) {
        return of(granted.add(other.granted), money.add(other.money), inKind.add(other.inKind),
                confirmations + other.confirmations);
    }

    private static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
