package nl.sto.regions.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public registers that identify partners: DUO's school board (bevoegd gezag) numbers, institution codes
 * (BRIN) and school locations (BRIN + vestiging), and the Chamber of Commerce (KvK) for businesses.
 */
public enum IdentifierType {
    BOARD("\\d{5}", "a school board (bevoegd gezag) number of 5 digits, e.g. 41509"),
    INSTITUTION("\\d{2}[A-Z]{2}", "a BRIN code of 2 digits and 2 capitals, e.g. 00AH"),
    LOCATION("\\d{2}[A-Z]{2}\\d{2}", "a school location: BRIN and a 2-digit location number, e.g. 00AH01"),
    KVK("\\d{8}", "a KvK number of 8 digits");

    private final Pattern format;
    private final String description;

    IdentifierType(String format, String description) {
        this.format = Pattern.compile(format);
        this.description = description;
    }

    public boolean accepts(String identifier) {
        return identifier != null && format.matcher(identifier).matches();
    }

    public String description() {
        return description;
    }

    /**
     * The code a partner's people log in with: a board's staff carry the board number, a school's the BRIN of
     * its institution, a business its KvK number. The access check matches tokens on this code.
     */
    public String organisationCode(String identifier) {
        return this == LOCATION ? identifier.substring(0, 4) : identifier;
    }

    public static Optional<IdentifierType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
