package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.reports.obligations.ObligationViews.ObligationView;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.KindRepository;
import nl.sto.reports.regulation.RegulationVersion;
import nl.sto.reports.regulation.RegulationVersionRepository;

/** Reads obligations with their history and the legal source of each date. */
@ApplicationScoped
public class ObligationReader {

    private final ObligationRepository obligations;
    private final ObligationChangeRepository changes;
    private final RegulationVersionRepository versions;
    private final KindRepository kinds;

    public ObligationReader(ObligationRepository obligations, ObligationChangeRepository changes,
            RegulationVersionRepository versions, KindRepository kinds) {
        this.obligations = obligations;
        this.changes = changes;
        this.versions = versions;
        this.kinds = kinds;
    }

    @WithSession
    public Uni<List<ObligationView>> ofRegion(String regionCode) {
        return obligations.ofRegion(regionCode)
                .flatMap(found -> withHistory(found, changes.ofRegion(regionCode)));
    }

    @WithSession
    public Uni<ObligationView> one(String regionCode, UUID id) {
        return obligations.findById(id).flatMap(obligation -> {
            if (obligation == null || !obligation.regionCode.equals(regionCode)) {
                throw ProblemException.notFound("Region " + regionCode + " has no obligation " + id);
            }
            return withHistory(List.of(obligation), changes.of(id)).map(views -> views.get(0));
        });
    }

    @WithSession
    public Uni<List<ObligationView>> withStatus(Collection<ObligationStatus> statuses) {
        return obligations.withStatus(statuses)
                .flatMap(found -> withHistory(found, changes.ofObligationsWith(statuses)));
    }

    private Uni<List<ObligationView>> withHistory(List<Obligation> found, Uni<List<ObligationChange>> history) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> regulationIds = found.stream().map(o -> o.regulationId).collect(Collectors.toSet());
        return sources(regulationIds).flatMap(sources -> history.map(moves -> {
            Map<UUID, List<ObligationChange>> byObligation = moves.stream()
                    .collect(Collectors.groupingBy(c -> c.obligationId));
            return found.stream()
                    .map(o -> ObligationViews.view(o, byObligation.getOrDefault(o.id, List.of()), sources))
                    .toList();
        }));
    }

    private Uni<ObligationViews.Sources> sources(Set<String> regulationIds) {
        return kinds.of(regulationIds).flatMap(defined -> versions.all().map(all -> new ObligationViews.Sources(
                defined.stream().collect(Collectors.toMap(k -> new KindDefinition.Key(k.regulationId, k.code),
                        Function.identity())),
                all.stream().filter(v -> regulationIds.contains(v.regulationId)).collect(Collectors.toMap(
                        v -> new RegulationVersion.Key(v.regulationId, v.number), Function.identity())))));
    }
}
