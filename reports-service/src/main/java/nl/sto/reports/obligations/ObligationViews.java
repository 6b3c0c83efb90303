package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.contracts.regulation.Names;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.RegulationVersion;

/** Obligations as clients read them: the due date, why it is that date, and every move it made. */
public final class ObligationViews {

    /** One move of the due date; {@code reason} is the legal reference of the version that made it. */
    public record HistoryEntry(LocalDate from, LocalDate to, String reason, int version, OffsetDateTime changedAt) {
    }

    /**
     * {@code kind}: the code of the regulation's obligation kind, {@code kindName} its name; {@code report}: a report
     * is written for it (otherwise it is a milestone); {@code occurrence}: the year of a yearly kind, else 0;
     * {@code legalReference}: the version whose date this is; {@code mayStartReport}: the caller may start its report
     * (it writes the region's reports), unless one is started already.
     */
    public record ObligationView(String id, String regionCode, String regulationId, String kind, Names kindName,
            boolean report, int occurrence, LocalDate dueDate, ObligationStatus status, int version,
            String legalReference, List<HistoryEntry> history, boolean mayStartReport) {

        /** The obligation as someone acting as {@code role} in its region sees it. */
        public ObligationView forReader(RegionRole role) {
            return new ObligationView(id, regionCode, regulationId, kind, kindName, report, occurrence, dueDate, status,
                    version, legalReference, history, report && role.writesReports());
        }
    }

    /** Where the facts of a view come from: the kinds and versions of the regulations involved. */
    record Sources(Map<KindDefinition.Key, KindDefinition> kinds,
            Map<RegulationVersion.Key, RegulationVersion> versions) {
    }

    private ObligationViews() {
    }

    static ObligationView view(Obligation obligation, List<ObligationChange> moves, Sources sources) {
        List<HistoryEntry> history = moves.stream()
                .map(c -> new HistoryEntry(c.fromDate, c.toDate, c.reason, c.version, c.changedAt))
                .toList();
        KindDefinition kind = sources.kinds().get(new KindDefinition.Key(obligation.regulationId, obligation.kind));
        RegulationVersion version = sources.versions()
                .get(new RegulationVersion.Key(obligation.regulationId, obligation.version));
        return new ObligationView(obligation.id.toString(), obligation.regionCode, obligation.regulationId,
                obligation.kind, kind.names(), kind.report, obligation.occurrence, obligation.dueDate,
                obligation.status, obligation.version, version.legalReference, history, false);
    }
}
