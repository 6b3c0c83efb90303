package nl.sto.regions.demo;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A business partner's co-financing commitment for one year.
 *
 * @param kind {@code MONEY} or {@code IN_KIND} (hours, machines, materials valued in euros)
 * @param confirmed whether the business has confirmed the commitment; unconfirmed ones are the co-financing
 *        "at risk" the programme watches (COVID-19 cost regions business partners)
 */
public record DemoCofinancing(String kvk, int year, BigDecimal amount, String kind, boolean confirmed) {

    public static final String MONEY = "MONEY";
    public static final String IN_KIND = "IN_KIND";

    public DemoCofinancing {
        Objects.requireNonNull(kvk, "kvk");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
    }
}
