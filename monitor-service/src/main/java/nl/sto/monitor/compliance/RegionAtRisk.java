package nl.sto.monitor.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region at risk, with every reason, most severe first; {@code severity} is that of its most severe reason.
 */
public record RegionAtRisk(String region, String name, String severity, List<Risk> risks) {

    /**
     * One reason, about one obligation; {@code daysLeft} until its due date, negative once past (null while the due
     * date is not known).
     */
    public record Risk(RiskReason reason, String obligationId, String regulationId, String kind, LocalDate dueDate,
            Long daysLeft) {
    }

    private static final Comparator<Risk> MOST_SEVERE_FIRST = Comparator.comparing(Risk::reason)
            .thenComparing(Risk::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Risk::obligationId);

    /** The most severe reason first, then the most reasons, then the region code. */
    private static final Comparator<RegionAtRisk> MOST_AT_RISK_FIRST = Comparator
            .comparing((RegionAtRisk region) -> region.risks().get(0).reason())
            .thenComparing(region -> -region.risks().size())
            .thenComparing(RegionAtRisk::region);

    /** The regions with at least one reason, most at risk first. */
    static List<RegionAtRisk> of(List<TrackedObligation> all, LocalDate today, int dueSoonDays) {
        Map<String, List<Risk>> byRegion = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (TrackedObligation obligation : all) {
            for (RiskReason reason : ComplianceRules.risks(obligation, today, dueSoonDays)) {
                byRegion.computeIfAbsent(obligation.regionCode(), code -> new ArrayList<>())
                        .add(risk(reason, obligation, today));
                names.putIfAbsent(obligation.regionCode(), obligation.regionName());
            }
        }
        return byRegion.entrySet().stream().map(region -> {
            List<Risk> risks = region.getValue().stream().sorted(MOST_SEVERE_FIRST).toList();
            return new RegionAtRisk(region.getKey(), names.get(region.getKey()), risks.get(0).reason().severity(),
                    risks);
        }).sorted(MOST_AT_RISK_FIRST).toList();
    }

    private static Risk risk(RiskReason reason, TrackedObligation obligation, LocalDate today) {
        LocalDate due = ComplianceRules.dueDate(obligation);
        return new Risk(reason, obligation.obligationId(), obligation.regulationId(), obligation.kind(), due,
                due == null ? null : ComplianceRules.daysLeft(due, today));
    }
}
