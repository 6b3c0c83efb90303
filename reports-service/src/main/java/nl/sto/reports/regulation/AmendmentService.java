package nl.sto.reports.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
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
 * Publishes an amendment as a new version of the regulation and re-dates every obligation it changes, all in one
 * transaction: the version, the moved due dates, their history and one event per moved obligation commit together.
 */
@ApplicationScoped
public class AmendmentService {

    /** The key and subject of regulation-wide events. */
    public static final String REGULATION_ID = "STO-2020-2023";
    /** Serialises amendments: each one builds on the version the previous one created. */
    private static final long AMENDMENT_LOCK = 0x5354_4f41_4d44L;

    public record Preview(int version, String legalReference, List<DeadlineChange> changes, int obligationsAffected,
            long regionsAffected, List<Affected> obligations) {
    }

    public record Published(int version, String legalReference, List<DeadlineChange> changes,
            int obligationsChanged) {
    }

    private final RegulationRepository regulation;
    private final ObligationRedating redating;
    private final Outbox outbox;
    private final Clock clock;

    public AmendmentService(RegulationRepository regulation, ObligationRedating redating, Outbox outbox, Clock clock) {
        this.regulation = regulation;
        this.redating = redating;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The dry run: what publishing the amendment would change, changing nothing. */
    @WithSession
    public Uni<Preview> preview(Amendment amendment) {
        return regulation.latest().flatMap(current -> {
            List<DeadlineChange> changes = current.deadlines().changesTo(AmendmentRules.check(amendment, current));
            return requireNoneBeforeAdmission(changes).chain(() -> Multi.createFrom().iterable(changes)
                    .onItem().transformToUniAndConcatenate(c -> redating.wouldMove(c.kind(), c.to()))
                    .collect().in(ArrayList<Affected>::new, List::addAll)
                    .map(affected -> new Preview(current.number + 1, amendment.legalReference(), changes,
                            affected.size(), affected.stream().map(Affected::regionCode).distinct().count(),
                            affected)));
        });
    }

    @WithTransaction
    public Uni<Published> publish(Caller actor, Amendment amendment) {
        return lockAmendments()
                .flatMap(locked -> regulation.latest())
                .flatMap(current -> requireNewReference(amendment).replaceWith(current))
                .flatMap(current -> {
                    RegulationVersion next = nextVersion(actor, amendment, current);
                    List<DeadlineChange> changes = current.deadlines().changesTo(next.deadlines());
                    return requireNoneBeforeAdmission(changes)
                            .chain(next::persistAndFlush)
                            .flatMap(saved -> redateAll(next, changes))
                            .call(moved -> outbox.add(Topics.REGULATION, EventTypes.AMENDMENT_PUBLISHED, REGULATION_ID,
                                    new AmendmentPublished(REGULATION_ID, next.number, next.legalReference,
                                            next.publishedOn, next.effectiveOn, changes, moved)))
                            .map(moved -> new Published(next.number, next.legalReference, changes, moved));
                });
    }

    private Uni<Integer> redateAll(RegulationVersion version, List<DeadlineChange> changes) {
        LocalDate today = LocalDate.now(clock);
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> redating.redate(change.kind(), change.to(),
                        version.number, version.legalReference, today))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /** No region may come to owe something due before it was admitted (a 400 naming the deadline). */
    private Uni<Void> requireNoneBeforeAdmission(List<DeadlineChange> changes) {
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> redating.admittedAfter(change.kind(), change.to())
                        .invoke(admittedLater -> refuseIfAny(change, admittedLater)))
                .collect().asList().replaceWithVoid();
    }

    private static void refuseIfAny(DeadlineChange change, Obligation admittedLater) {
        if (admittedLater != null) {
            throw ProblemException.badRequest("deadlines." + change.kind().name(), "moves the deadline to "
                    + change.to() + ", before region " + admittedLater.regionCode + " was admitted on "
                    + admittedLater.admittedOn);
        }
    }

    private Uni<Void> lockAmendments() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(" + AMENDMENT_LOCK + ")", Object.class)
                .getSingleResult()).replaceWithVoid();
    }

    private Uni<Void> requireNewReference(Amendment amendment) {
        return regulation.count("legalReference", amendment.legalReference()).invoke(count -> {
            if (count > 0) {
                throw ProblemException.conflict("The regulation already has a version " + amendment.legalReference());
            }
        }).replaceWithVoid();
    }

    private static RegulationVersion nextVersion(Caller actor, Amendment amendment, RegulationVersion current) {
        RegulationVersion next = new RegulationVersion();
        next.number = current.number + 1;
        next.legalReference = amendment.legalReference().strip();
        next.title = amendment.title().strip();
        next.publishedOn = amendment.publishedOn();
        next.effectiveOn = amendment.effectiveOn();
        next.sourceNote = amendment.sourceNote().strip();
        next.setDeadlines(AmendmentRules.check(amendment, current));
        next.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        next.publishedBy = actor.subject();
        return next;
    }
}
