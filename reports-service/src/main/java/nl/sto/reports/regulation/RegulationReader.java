package nl.sto.reports.regulation;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegulationReader {

    private final RegulationRepository regulation;

    public RegulationReader(RegulationRepository regulation) {
        this.regulation = regulation;
    }

    @WithSession
    public Uni<List<RegulationVersion>> versions() {
        return regulation.allVersions();
    }
}
