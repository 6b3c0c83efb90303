package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.obligations.ObligationSchedule.Move;
import nl.sto.reports.regulation.RegulationRepository;
import nl.sto.reports.regulation.RegulationVersion;

/** Gives an admitted region the obligations of the regulation version in force on its admission day. */
@ApplicationScoped
public class ObligationService {

    private final ObligationRepository obligations;
    private final ObligationChangeRepository changes;
    private final RegulationRepository regulation;
    private final Outbox outbox;

    public ObligationService(ObligationRepository obligations, ObligationChangeRepository changes,
            RegulationRepository regulation, Outbox outbox) {
        this.obligations = obligations;
        this.changes = changes;
        this.regulation = regulation;
        this.outbox = outbox;
    }

    /** A region that already has its obligations keeps them: admission is recorded once. */
    @WithTransaction
    public Uni<List<Obligation>> createFor(String regionCode, LocalDate admittedOn) {
        return obligations.ofRegion(regionCode).flatMap(existing -> existing.isEmpty()
                ? derive(regionCode, admittedOn).flatMap(derived -> persist(regionCode, admittedOn, derived))
                : Uni.createFrom().item(existing));
    }

    private Uni<List<Derived>> derive(String regionCode, LocalDate admittedOn) {
        return regulation.inForceOn(admittedOn).flatMap(version -> regulation.after(version.number)
                        .map(later -> ObligationSchedule.derive(version, later)))
                .invoke(derived -> ObligationSchedule.requireNotDueBefore(regionCode, admittedOn, derived));
    }

    private Uni<List<Obligation>> persist(String regionCode, LocalDate admittedOn, List<Derived> derived) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Obligation> created = derived.stream().map(d -> obligation(regionCode, admittedOn, d, now)).toList();
        List<ObligationChange> history = derived.stream()
                .flatMap(d -> d.moves().stream().map(move -> change(idOf(created, d), move, now))).toList();
        return obligations.persist(created)
                .call(() -> history.isEmpty() ? Uni.createFrom().voidItem() : changes.persist(history))
                .call(() -> announce(created, derived))
                .replaceWith(created);
    }

    private Uni<Void> announce(List<Obligation> created, List<Derived> derived) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < created.size(); i++) {
            Obligation o = created.get(i);
            RegulationVersion setBy = derived.get(i).setBy();
            chain = chain.call(() -> outbox.add(Topics.REGULATION, EventTypes.OBLIGATION_CREATED, o.regionCode,
                    new ObligationCreated(o.id.toString(), o.regionCode, o.kind, o.dueDate, setBy.number,
                            setBy.legalReference)));
        }
        return chain;
    }

    private static Obligation obligation(String regionCode, LocalDate admittedOn, Derived derived,
            OffsetDateTime now) {
        Obligation obligation = new Obligation();
        obligation.id = UUID.randomUUID();
        obligation.regionCode = regionCode;
        obligation.admittedOn = admittedOn;
        obligation.kind = derived.kind();
        obligation.dueDate = derived.dueDate();
        obligation.version = derived.setBy().number;
        obligation.status = ObligationStatus.OPEN;
        obligation.createdAt = now;
        return obligation;
    }

    private static UUID idOf(List<Obligation> created, Derived derived) {
        return created.stream().filter(o -> o.kind == derived.kind()).findFirst().orElseThrow().id;
    }

    private static ObligationChange change(UUID obligationId, Move move, OffsetDateTime now) {
        ObligationChange change = new ObligationChange();
        change.obligationId = obligationId;
        change.fromDate = move.from();
        change.toDate = move.to();
        change.version = move.by().number;
        change.reason = move.by().legalReference;
        change.changedAt = now;
        return change;
    }
}
