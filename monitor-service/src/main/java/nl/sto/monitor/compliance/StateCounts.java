package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many obligations are in each state, and the on-time rate: of the obligations that were submitted or are
 * overdue ({@code decided}), the percentage whose first submission met the due date; null while none is decided.
 */
public record StateCounts(long obligations, Map<String, Long> states, long onTime, long decided, Double onTimeRate) {

    static StateCounts of(List<TrackedObligation> obligations, LocalDate today) {
        Map<String, Long> states = new LinkedHashMap<>();
        for (ComplianceState state : ComplianceState.values()) {
            states.put(state.value(), 0L);
        }
        long onTime = 0;
        long decided = 0;
        for (TrackedObligation obligation : obligations) {
            ComplianceState state = ComplianceRules.state(obligation, today);
            states.merge(state.value(), 1L, Long::sum);
            if (state.submitted() || state == ComplianceState.OVERDUE) {
                decided++;
            }
            if (Boolean.TRUE.equals(ComplianceRules.onTime(obligation))) {
                onTime++;
            }
        }
        return new StateCounts(obligations.size(), states, onTime, decided,
                decided == 0 ? null : 100.0 * onTime / decided);
    }
}
