package nl.sto.reports.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.AmendmentPublished;
import nl.sto.contracts.regulation.DeadlineChange;
import nl.sto.reports.obligations.Obligation;
import nl.sto.reports.obligations.ObligationRedating;
import nl.sto.reports.obligations.ObligationRedating.Affected;

/**
 * Publishes an amendment as a new version of a regulation and re-dates every obligation it changes, all in one
 * transaction: the version, the moved due dates, their history and one event per moved obligation commit together.
 */
@ApplicationScoped
public class AmendmentService {

    public record Preview(int version, String legalReference, List<DeadlineChange> changes, int obligationsAffected,
            long regionsAffected, List<Affected> obligations) {
    }

    public record Published(String regulationId, int version, String legalReference, List<DeadlineChange> changes,
            int obligationsChanged) {
    }

    /** The regulation as an amendment meets it: published, with its kinds and the version in force. */
    private record Amended(Regulation regulation, List<KindDefinition> kinds, RegulationVersion current) {
    }

    private final RegulationRepository regulations;
    private final KindRepository kinds;
    private final RegulationVersionRepository versions;
    private final ObligationRedating redating;
    private final RegulationLock lock;
    private final Outbox outbox;
    private final Clock clock;

    public AmendmentService(RegulationRepository regulations, KindRepository kinds,
            RegulationVersionRepository versions, ObligationRedating redating, RegulationLock lock, Outbox outbox,
            Clock clock) {
        this.regulations = regulations;
        this.kinds = kinds;
        this.versions = versions;
        this.redating = redating;
        this.lock = lock;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The dry run: what publishing the amendment would change, changing nothing. */
    @WithSession
    public Uni<Preview> preview(String regulationId, Amendment amendment) {
        LocalDate today = LocalDate.now(clock);
        return amended(regulationId).flatMap(a -> {
            List<DeadlineChange> changes = a.current().deadlines()
                    .changesTo(AmendmentRules.check(amendment, a.regulation(), a.kinds(), a.current()));
            return requireNoneBeforeAdmission(regulationId, changes).chain(() -> Multi.createFrom().iterable(changes)
                    .onItem().transformToUniAndConcatenate(c -> redating.wouldMove(regulationId, c.kind(), c.to(),
                            today))
                    .collect().in(ArrayList<Affected>::new, List::addAll)
                    .map(affected -> new Preview(a.current().number + 1, amendment.legalReference(), changes,
                            affected.size(), affected.stream().map(Affected::regionCode).distinct().count(),
                            affected)));
        });
    }

    @WithTransaction
    public Uni<Published> publish(Caller actor, String regulationId, Amendment amendment) {
        return lock.acquire()
                .chain(() -> amended(regulationId))
                .call(a -> requireNewReference(amendment))
                .flatMap(a -> {
                    RegulationVersion next = nextVersion(actor, amendment, a);
                    List<DeadlineChange> changes = a.current().deadlines().changesTo(next.deadlines());
                    return requireNoneBeforeAdmission(regulationId, changes)
                            .chain(next::persistAndFlush)
                            .flatMap(saved -> redateAll(next, changes))
                            .call(moved -> outbox.add(Topics.REGULATION, EventTypes.AMENDMENT_PUBLISHED, regulationId,
                                    new AmendmentPublished(regulationId, next.number, next.legalReference,
                                            next.publishedOn, next.effectiveOn, changes, moved)))
                            .map(moved -> new Published(regulationId, next.number, next.legalReference, changes,
                                    moved));
                });
    }

    private Uni<Amended> amended(String regulationId) {
        return regulations.findById(regulationId).flatMap(regulation -> {
            if (regulation == null) {
                throw ProblemException.notFound("There is no regulation " + regulationId);
            }
            if (!regulation.isPublished()) {
                throw ProblemException.stateConflict(ProblemCode.REGULATION_DRAFT, Map.of(),
                        "Regulation " + regulationId + " is a draft: change the draft "
                        + "itself; amendments are for published regulations");
            }
            return kinds.of(regulationId).flatMap(defined -> versions.latest(regulationId)
                    .map(current -> new Amended(regulation, defined, current)));
        });
    }

    private Uni<Integer> redateAll(RegulationVersion version, List<DeadlineChange> changes) {
        LocalDate today = LocalDate.now(clock);
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> redating.redate(version.regulationId, change.kind(),
                        change.to(), version.number, version.legalReference, today))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /** No region may come to owe something due before it was admitted (a 400 naming the deadline). */
    private Uni<Void> requireNoneBeforeAdmission(String regulationId, List<DeadlineChange> changes) {
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> redating.admittedAfter(regulationId, change.kind(),
                        change.to()).invoke(admittedLater -> refuseIfAny(change, admittedLater)))
                .collect().asList().replaceWithVoid();
    }

    private static void refuseIfAny(DeadlineChange change, Obligation admittedLater) {
        if (admittedLater != null) {
            throw ProblemException.badRequest("deadlines." + change.kind(), "moves the deadline to "
                    + change.to() + ", before region " + admittedLater.regionCode + " was admitted on "
                    + admittedLater.admittedOn);
        }
    }

    private Uni<Void> requireNewReference(Amendment amendment) {
        return versions.countWithReference(amendment.legalReference().strip()).invoke(count -> {
            if (count > 0) {
                throw ProblemException.conflict("legalReference", FieldErrorCode.TAKEN,
                        Map.of("value", amendment.legalReference().strip()),
                        "a version " + amendment.legalReference() + " exists already");
            }
        }).replaceWithVoid();
    }

    private RegulationVersion nextVersion(Caller actor, Amendment amendment, Amended a) {
        RegulationVersion next = new RegulationVersion();
        next.regulationId = a.regulation().id;
        next.number = a.current().number + 1;
        next.legalReference = amendment.legalReference().strip();
        next.title = amendment.title().strip();
        next.publishedOn = amendment.publishedOn();
        next.effectiveOn = amendment.effectiveOn();
        next.sourceNote = amendment.sourceNote().strip();
        next.setDeadlines(AmendmentRules.check(amendment, a.regulation(), a.kinds(), a.current()));
        next.publishedAt = OffsetDateTime.now(clock);
        next.publishedBy = actor.subject();
        return next;
    }
}
