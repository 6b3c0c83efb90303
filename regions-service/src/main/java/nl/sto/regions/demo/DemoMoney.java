package nl.sto.regions.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo amounts: grants per year and business co-financing. All arithmetic is on {@link BigDecimal} with
 * scale 2 (euros and cents), so no binary floating-point error can creep into money.
 */
final class DemoMoney {

    static final int FIRST_GRANT_YEAR = 2020;
    static final int LAST_GRANT_YEAR = 2023;
    static final BigDecimal MIN_COFINANCING = new BigDecimal("10000.00");
    static final BigDecimal MAX_COFINANCING = new BigDecimal("150000.00");

    /**
     * A grant is a fixed part per region plus a part per vmbo location. With 77 regions and about 1,000
     * locations that is about EUR 100 million a year nationally (the structural budget) and EUR 1.3 million
     * per region on average.
     */
    private static final BigDecimal GRANT_PER_REGION = new BigDecimal("650000.00");
    private static final BigDecimal GRANT_PER_LOCATION = new BigDecimal("49357.25");
    /** Money commitments are round sums: whole steps of EUR 500 from the minimum up. */
    private static final BigDecimal MONEY_STEP = new BigDecimal("500.00");
    /** In-kind commitments are hours of staff time, valued at a fixed hourly rate. */
    private static final BigDecimal HOURLY_RATE = new BigDecimal("78.25");
    private static final int MIN_HOURS = 128;
    private static final int MAX_HOURS = 1916;

    private DemoMoney() {
    }

    /** The same amount for each year from the year of admission (a late region gets nothing for earlier years). */
    static Map<Integer, BigDecimal> grants(int locations, int admittedInYear) {
        BigDecimal perYear = GRANT_PER_REGION.add(GRANT_PER_LOCATION.multiply(BigDecimal.valueOf(locations)));
        Map<Integer, BigDecimal> grants = new TreeMap<>();
        for (int year = Math.max(FIRST_GRANT_YEAR, admittedInYear); year <= LAST_GRANT_YEAR; year++) {
            grants.put(year, perYear);
        }
        return grants;
    }

    /** Whether a business commits money or in kind: the same for both of its years, about one in three in kind. */
    static String cofinancingKind(long kvk) {
        return Math.floorMod(mix(kvk, 0), 3) == 0 ? DemoCofinancing.IN_KIND : DemoCofinancing.MONEY;
    }

    /** A deterministic amount between {@link #MIN_COFINANCING} and {@link #MAX_COFINANCING}. */
    static BigDecimal cofinancingAmount(long kvk, int year, String kind) {
        long draw = mix(kvk, year);
        if (DemoCofinancing.IN_KIND.equals(kind)) {
            long hours = MIN_HOURS + Math.floorMod(draw, MAX_HOURS - MIN_HOURS + 1);
            return HOURLY_RATE.multiply(BigDecimal.valueOf(hours));
        }
        long steps = MAX_COFINANCING.subtract(MIN_COFINANCING).divideToIntegralValue(MONEY_STEP).longValueExact();
        return MIN_COFINANCING.add(MONEY_STEP.multiply(BigDecimal.valueOf(Math.floorMod(draw, steps + 1))));
    }

    /**
     * Most commitments are confirmed; one in five businesses has not yet confirmed 2022 (the co-financing at
     * risk the programme watches). 99000001, the demo login's business, is one of them, so the demo has a
     * commitment to confirm.
     */
    static boolean cofinancingConfirmed(long kvk, int year) {
        return !(year == 2022 && kvk % 5 == 1);
    }

    /** A fixed bit mixer (SplitMix64 finaliser): spreads consecutive KvK numbers over the whole range. */
    private static long mix(long kvk, int salt) {
        long z = kvk * 1_000_003L + salt;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
