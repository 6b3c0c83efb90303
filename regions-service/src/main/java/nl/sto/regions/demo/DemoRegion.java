package nl.sto.regions.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One region of the demo data set, ready to be registered through the domain services.
 *
 * @param code {@code R01} .. {@code R77}
 * @param name always starts with {@code "Demo: "}, so nobody mistakes the demo set for the real programme
 * @param tranche {@code 1}, {@code 2}, {@code 3} or {@code LATE}
 * @param adviceReference the assessment committee's advice; only for a {@code LATE} region, else {@code null}
 * @param grants subsidy per calendar year, scale 2, in year order
 */
public record DemoRegion(String code, String name, String tranche, LocalDate admittedOn, String adviceReference,
        String planDuurzaam, String planDekkend, String planKwalitatief,
        List<DemoPartner> partners, Map<Integer, BigDecimal> grants, List<DemoContact> contacts,
        List<DemoCofinancing> cofinancing) {

    public static final String LATE = "LATE";

    public DemoRegion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(admittedOn, "admittedOn");
        // Immutable copies: the caller registers these values; nothing may change them behind its back.
        partners = List.copyOf(partners);
        grants = Collections.unmodifiableSortedMap(new TreeMap<>(grants));
        contacts = List.copyOf(contacts);
        cofinancing = List.copyOf(cofinancing);
    }

    /** The single partner with role {@code lead} (the penvoerder). */
    public DemoPartner lead() {
        return partners.stream().filter(p -> DemoPartner.LEAD.equals(p.role())).findFirst().orElseThrow();
    }
}
