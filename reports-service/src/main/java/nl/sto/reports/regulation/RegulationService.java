package nl.sto.reports.regulation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.RegulationPublished;
import nl.sto.reports.obligations.AdmissionRepository;
import nl.sto.reports.obligations.Participations;
import nl.sto.reports.regulation.RegulationDraft.KindDraft;

/**
 * The ministry drafts a regulation, previews who would owe what, and publishes it: version 1, every admitted region
 * whose admission falls before the period's end taking part, their obligations and one event each, in one
 * transaction. After publication only an amendment changes it.
 */
@ApplicationScoped
public class RegulationService {

    /** A regulation with its kinds and versions, as one read. */
    public record Full(Regulation regulation, List<KindDefinition> kinds, List<RegulationVersion> versions) {
    }

    public record Published(String regulationId, int version, int regions, int obligationsCreated) {
    }

    private final RegulationRepository regulations;
    private final KindRepository kinds;
    private final RegulationVersionRepository versions;
    private final AdmissionRepository admissions;
    private final Participations participations;
    private final RegulationLock lock;
    private final Outbox outbox;
    private final Clock clock;

    public RegulationService(RegulationRepository regulations, KindRepository kinds,
            RegulationVersionRepository versions, AdmissionRepository admissions, Participations participations,
            RegulationLock lock, Outbox outbox, Clock clock) {
        this.regulations = regulations;
        this.kinds = kinds;
        this.versions = versions;
        this.admissions = admissions;
        this.participations = participations;
        this.lock = lock;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Regulation>> all() {
        return regulations.all();
    }

    @WithSession
    public Uni<Full> one(String id) {
        return full(id);
    }

    @WithTransaction
    public Uni<Full> draft(Caller actor, RegulationDraft draft, boolean demo) {
        requireValid(draft);
        return regulations.findById(draft.id()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("id", FieldErrorCode.TAKEN, Map.of("value", draft.id()),
                        "a regulation " + draft.id() + " exists already");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Regulation regulation = new Regulation();
            regulation.id = draft.id();
            regulation.status = RegulationStatus.DRAFT;
            regulation.demo = demo;
            regulation.createdAt = now;
            regulation.createdBy = actor.subject();
            return write(regulation, draft, now);
        });
    }

    @WithTransaction
    public Uni<Full> change(String id, RegulationDraft draft) {
        if (draft.id() != null && !draft.id().equals(id)) {
            throw ProblemException.badRequest("id", "must be " + id + ", the regulation being changed");
        }
        requireValid(draft);
        return requireDraft(id)
                .call(regulation -> kinds.delete("regulationId", id).call(() -> kinds.flush()))
                .flatMap(regulation -> write(regulation, draft, OffsetDateTime.now(clock)));
    }

    @WithTransaction
    public Uni<Void> discard(String id) {
        return requireDraft(id).call(regulation -> kinds.delete("regulationId", id))
                .flatMap(regulation -> regulation.delete());
    }

    /** Who would owe what if the draft were published now; changes nothing. */
    @WithSession
    public Uni<RegulationPreview> preview(String id) {
        return requireDraft(id).flatMap(regulation -> kinds.of(id).flatMap(defined -> {
            RegulationVersion first = firstVersion(regulation, defined, null);
            return admissions.admittedBy(regulation.periodTo).map(admitted -> RegulationPreview.of(regulation,
                    defined, Participations.plan(regulation, defined, List.of(first), admitted)));
        }));
    }

    @WithTransaction
    public Uni<Published> publish(Caller actor, String id) {
        return lock.acquire().chain(() -> requireDraft(id)).flatMap(regulation -> kinds.of(id).flatMap(defined -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            RegulationVersion first = firstVersion(regulation, defined, actor);
            first.publishedAt = now;
            regulation.status = RegulationStatus.PUBLISHED;
            regulation.publishedAt = now;
            regulation.publishedBy = actor.subject();
            regulation.updatedAt = now;
            return first.persistAndFlush()
                    .chain(() -> admissions.admittedBy(regulation.periodTo))
                    .flatMap(admitted -> participations.join(regulation, defined, List.of(first), admitted, now))
                    .call(written -> outbox.add(Topics.REGULATION, EventTypes.REGULATION_PUBLISHED, regulation.id,
                            published(regulation, defined, written.regions(), written.obligations().size())))
                    .map(written -> new Published(regulation.id, first.number, written.regions(),
                            written.obligations().size()));
        }));
    }

    private Uni<Full> full(String id) {
        return regulations.findById(id).flatMap(regulation -> {
            if (regulation == null) {
                throw ProblemException.notFound("There is no regulation " + id);
            }
            return kinds.of(id).flatMap(defined -> versions.of(id)
                    .map(all -> new Full(regulation, defined, all)));
        });
    }

    private Uni<Regulation> requireDraft(String id) {
        return regulations.findById(id).invoke(regulation -> {
            if (regulation == null) {
                throw ProblemException.notFound("There is no regulation " + id);
            }
            if (regulation.isPublished()) {
                throw ProblemException.conflict("status", "regulation " + id + " is published already; only an "
                        + "amendment changes it");
            }
        });
    }

    private static void requireValid(RegulationDraft draft) {
        List<FieldError> problems = RegulationRules.problems(draft);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** Saves the draft's fields and kinds; a legal reference or abbreviation taken elsewhere is a 409 naming it. */
    private Uni<Full> write(Regulation regulation, RegulationDraft draft, OffsetDateTime now) {
        regulation.title = draft.title().strip();
        regulation.legalReference = draft.legalReference().strip();
        regulation.publishedOn = draft.publishedOn();
        regulation.effectiveOn = draft.effectiveOn();
        regulation.periodFrom = draft.period().from();
        regulation.periodTo = draft.period().to();
        regulation.grantsDecidedOn = draft.grantsDecidedOn();
        regulation.sourceNote = draft.sourceNote().strip();
        regulation.updatedAt = now;
        List<KindDefinition> defined = new ArrayList<>();
        for (int i = 0; i < draft.kinds().size(); i++) {
            defined.add(kind(regulation.id, i, draft.kinds().get(i)));
        }
        return requireReferenceFree(regulation)
                .chain(() -> requireAbbreviationsFree(regulation.id, defined))
                .chain(() -> regulation.persistAndFlush())
                .chain(() -> kinds.persist(defined))
                .chain(() -> kinds.flush())
                .replaceWith(() -> new Full(regulation, defined, List.of()));
    }

    private Uni<Void> requireReferenceFree(Regulation regulation) {
        return regulations.count("legalReference = ?1 and id <> ?2", regulation.legalReference, regulation.id)
                .flatMap(taken -> taken > 0 ? Uni.createFrom().item(taken)
                        : versions.count("legalReference = ?1 and regulationId <> ?2", regulation.legalReference,
                                regulation.id))
                .invoke(taken -> {
                    if (taken > 0) {
                        throw ProblemException.conflict("legalReference", FieldErrorCode.TAKEN,
                                Map.of("value", regulation.legalReference),
                                "is the reference of another regulation or amendment already");
                    }
                }).replaceWithVoid();
    }

    private Uni<Void> requireAbbreviationsFree(String regulationId, List<KindDefinition> defined) {
        return Multi.createFrom().range(0, defined.size())
                .onItem().transformToUniAndConcatenate(i -> kinds.withAbbreviation(defined.get(i).abbreviation)
                        .invoke(other -> {
                            if (other != null && !other.regulationId.equals(regulationId)) {
                                throw ProblemException.conflict("kinds[" + i + "].abbreviation", FieldErrorCode.TAKEN,
                                        Map.of("value", other.abbreviation, "by", other.regulationId),
                                        "is used by " + other.regulationId + "'s " + other.code
                                                + " already; receipts must tell them apart");
                            }
                        }))
                .collect().asList().replaceWithVoid();
    }

    private static KindDefinition kind(String regulationId, int position, KindDraft draft) {
        KindDefinition kind = new KindDefinition();
        kind.regulationId = regulationId;
        kind.code = draft.code();
        kind.position = position + 1;
        kind.nameNl = draft.name().nl().strip();
        kind.nameEn = draft.name().en().strip();
        kind.abbreviation = draft.abbreviation();
        kind.report = draft.report();
        kind.setDue(draft.due());
        kind.setSections(draft.sections() == null ? List.of() : draft.sections());
        return kind;
    }

    /** Version 1: the regulation as published, with the dates of its fixed-date kinds. */
    private static RegulationVersion firstVersion(Regulation regulation, List<KindDefinition> defined,
            Caller publisher) {
        Map<String, java.time.LocalDate> dates = new LinkedHashMap<>();
        defined.stream().filter(k -> k.dueRule == Due.Rule.FIXED).forEach(k -> dates.put(k.code, k.dueDate));
        RegulationVersion first = new RegulationVersion();
        first.regulationId = regulation.id;
        first.number = 1;
        first.legalReference = regulation.legalReference;
        first.title = regulation.title;
        first.publishedOn = regulation.publishedOn;
        first.effectiveOn = regulation.effectiveOn;
        first.sourceNote = regulation.sourceNote;
        first.setDeadlines(new Deadlines(dates));
        first.publishedBy = publisher == null ? "preview" : publisher.subject();
        return first;
    }

    private static RegulationPublished published(Regulation regulation, List<KindDefinition> defined, int regions,
            int obligations) {
        return new RegulationPublished(regulation.id, regulation.title, regulation.legalReference,
                regulation.periodFrom, regulation.periodTo, regulation.publishedOn, regulation.effectiveOn,
                regulation.demo, defined.stream().map(k -> new RegulationPublished.Kind(k.code, k.names(), k.report))
                        .toList(), regions, obligations);
    }
}
