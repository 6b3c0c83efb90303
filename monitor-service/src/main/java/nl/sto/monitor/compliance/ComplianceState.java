package nl.sto.monitor.compliance;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an obligation of a region stands on a given day (see {@link ComplianceRules#state}). */
public enum ComplianceState {
    OPEN("open"),
    SUBMITTED_ON_TIME("submitted-on-time"),
    SUBMITTED_LATE("submitted-late"),
    OVERDUE("overdue"),
    ACCEPTED("accepted"),
    RETURNED("returned");

    private final String value;

    ComplianceState(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** A report was handed in (whatever the review made of it since). */
    public boolean submitted() {
        return this == SUBMITTED_ON_TIME || this == SUBMITTED_LATE || this == ACCEPTED || this == RETURNED;
    }

    /** The next step is the region's: write, finish or correct the report. */
    public boolean awaitsRegion() {
        return this == OPEN || this == OVERDUE || this == RETURNED;
    }
}
