package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.sto.contracts.regulation.ObligationKind;
import nl.sto.reports.regulation.RegulationVersion;

/** Obligations as clients read them: the due date, why it is that date, and every move it made. */
public final class ObligationViews {

    /** One move of the due date; {@code reason} is the legal reference of the version that made it. */
    public record HistoryEntry(LocalDate from, LocalDate to, String reason, int version, OffsetDateTime changedAt) {
    }

    /** {@code legalReference}: the version whose date this is. */
    public record ObligationView(String id, String regionCode, ObligationKind kind, LocalDate dueDate,
            ObligationStatus status, int version, String legalReference, List<HistoryEntry> history) {
    }

    private ObligationViews() {
    }

    static ObligationView view(Obligation obligation, List<ObligationChange> moves,
            Map<Integer, RegulationVersion> versions) {
        List<HistoryEntry> history = moves.stream()
                .map(c -> new HistoryEntry(c.fromDate, c.toDate, c.reason, c.version, c.changedAt))
                .toList();
        return new ObligationView(obligation.id.toString(), obligation.regionCode, obligation.kind,
                obligation.dueDate, obligation.status, obligation.version,
                versions.get(obligation.version).legalReference, history);
    }
}
