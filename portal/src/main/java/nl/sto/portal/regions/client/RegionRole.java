package nl.sto.portal.regions.client;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role in which someone acts for a region, as regions-service decides it from the partner registry: a
 * partner's role by its membership, {@code ministry} for ministry-admins and reviewers, {@code monitor} for the
 * monitor team (read-only).
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

    @JsonCreator
    public static RegionRole of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown region role " + value));
    }
}
