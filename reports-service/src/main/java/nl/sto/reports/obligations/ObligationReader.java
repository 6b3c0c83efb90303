package nl.sto.reports.obligations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.reports.obligations.ObligationViews.ObligationView;
import nl.sto.reports.regulation.RegulationRepository;
import nl.sto.reports.regulation.RegulationVersion;

/** Reads obligations with their history and the legal source of each date. */
@ApplicationScoped
public class ObligationReader {

    private final ObligationRepository obligations;
    private final ObligationChangeRepository changes;
    private final RegulationRepository regulation;

    public ObligationReader(ObligationRepository obligations, ObligationChangeRepository changes,
            RegulationRepository regulation) {
        this.obligations = obligations;
        this.changes = changes;
        this.regulation = regulation;
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
        return regulation.allVersions().flatMap(versions -> history.map(moves -> {
            Map<Integer, RegulationVersion> byNumber = versions.stream()
                    .collect(Collectors.toMap(v -> v.number, Function.identity()));
            Map<UUID, List<ObligationChange>> byObligation = moves.stream()
                    .collect(Collectors.groupingBy(c -> c.obligationId));
            return found.stream()
                    .map(o -> ObligationViews.view(o, byObligation.getOrDefault(o.id, List.of()), byNumber))
                    .toList();
        }));
    }
}
