package nl.sto.contracts.regions;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role in which a caller acts for a region, as every service's access check decides it and as
 * {@code GET /api/me/regions} reports it. Partners have one of the first five by their membership;
 * ministry staff and the monitor team see every region in theirs. Declared strongest first: an organisation
 * with two memberships in one region acts in the stronger role.
 */
public enum RegionRole {
    LEAD("lead"),
    SCHOOL("school"),
    MBO("mbo"),
    PO("po"),
    BUSINESS("business"),
    MINISTRY("ministry"),
    MONITOR("monitor");

    private final String value;

    RegionRole(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isPartner() {
        return this != MINISTRY && this != MONITOR;
    }

    /** The region's school partners (lead, school, mbo, po), who write its reports together; only the lead submits. */
    public boolean writesReports() {
        return this == LEAD || this == SCHOOL || this == MBO || this == PO;
    }

    @JsonCreator
    public static RegionRole of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown region role " + value));
    }

    public static RegionRole stronger(RegionRole a, RegionRole b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
