package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.sto.contracts.regulation.DeadlineChange;
import nl.sto.contracts.regulation.ObligationKind;

/** The four dates a version of the regulation sets. */
public record Deadlines(LocalDate progressReport1, LocalDate progressReport2, LocalDate finalReport,
        LocalDate spendingPeriodEnd) {

    public LocalDate of(ObligationKind kind) {
        return switch (kind) {
            case PROGRESS_REPORT_1 -> progressReport1;
            case PROGRESS_REPORT_2 -> progressReport2;
            case FINAL_REPORT -> finalReport;
            case SPENDING_PERIOD_END -> spendingPeriodEnd;
        };
    }

    /** These deadlines with the given ones replaced; kinds not named keep their date. */
    public Deadlines with(Map<ObligationKind, LocalDate> replaced) {
        Map<ObligationKind, LocalDate> dates = asMap();
        dates.putAll(replaced);
        return new Deadlines(dates.get(ObligationKind.PROGRESS_REPORT_1), dates.get(ObligationKind.PROGRESS_REPORT_2),
                dates.get(ObligationKind.FINAL_REPORT), dates.get(ObligationKind.SPENDING_PERIOD_END));
    }

    /** What moved from these deadlines to {@code next}, in the order of the kinds. */
    public List<DeadlineChange> changesTo(Deadlines next) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (ObligationKind kind : ObligationKind.values()) {
            if (!of(kind).equals(next.of(kind))) {
                changes.add(new DeadlineChange(kind, of(kind), next.of(kind)));
            }
        }
        return changes;
    }

    public Map<ObligationKind, LocalDate> asMap() {
        Map<ObligationKind, LocalDate> dates = new EnumMap<>(ObligationKind.class);
        for (ObligationKind kind : ObligationKind.values()) {
            dates.put(kind, of(kind));
        }
        return dates;
    }
}
