package nl.sto.monitor.compliance;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a region is at risk, most severe first: the order is the order of the list of regions at risk. */
public enum RiskReason {
    OVERDUE("overdue", "high"),
    REMINDERS_FAILING("reminders-failing", "medium"),
    DUE_SOON_WITHOUT_DRAFT("due-soon-without-draft", "low");

    private final String value;
    private final String severity;

    RiskReason(String value, String severity) {
        this.value = value;
        this.severity = severity;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public String severity() {
        return severity;
    }
}
