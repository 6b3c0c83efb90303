package nl.sto.regions.domain;

import java.util.Arrays;
import java.util.Optional;

/** Regions joined in three tranches; one (Dronten) was admitted late, after the assessment committee's advice. */
public enum Tranche {
    FIRST("1"), SECOND("2"), THIRD("3"), LATE("LATE");

    private final String code;

    Tranche(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Tranche> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
