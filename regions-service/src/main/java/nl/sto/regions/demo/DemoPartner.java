package nl.sto.regions.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner of a demo region, identified the way the public registers identify it.
 *
 * @param identifierType {@code BOARD} (bevoegd gezag number, 5 digits), {@code INSTITUTION} (BRIN, e.g. 16PK),
 *        {@code LOCATION} (BRIN + 2-digit vestiging, e.g. 16PK05) or {@code KVK} (8 digits)
 * @param role {@code lead}, {@code school}, {@code po}, {@code mbo} or {@code business}
 * @param municipality readable case ("'s-Hertogenbosch", not "S HERTOGENBOSCH")
 */
public record DemoPartner(String identifierType, String identifier, String name, String municipality, String role,
        LocalDate joinedOn) {

    public static final String BOARD = "BOARD";
    public static final String INSTITUTION = "INSTITUTION";
    public static final String LOCATION = "LOCATION";
    public static final String KVK = "KVK";

    public static final String LEAD = "lead";
    public static final String SCHOOL = "school";
    public static final String BUSINESS = "business";

    public DemoPartner {
        Objects.requireNonNull(identifierType, "identifierType");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joinedOn, "joinedOn");
    }
}
