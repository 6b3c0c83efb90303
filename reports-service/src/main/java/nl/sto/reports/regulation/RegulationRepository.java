package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegulationRepository implements PanacheRepositoryBase<RegulationVersion, Integer> {

    public Uni<List<RegulationVersion>> allVersions() {
        return list("order by number");
    }

    public Uni<RegulationVersion> latest() {
        return find("order by number desc").firstResult();
    }

    /**
     * The version in force on a day: the last one effective by then. A day before the first version's effective
     * date gets the first version, since a region cannot owe less than the regulation it was admitted under.
     */
    public Uni<RegulationVersion> inForceOn(LocalDate day) {
        return find("effectiveOn <= ?1 order by number desc", day).firstResult()
                .flatMap(version -> version != null ? Uni.createFrom().item(version)
                        : find("order by number").firstResult());
    }

    /** The versions after {@code number}, oldest first: the amendments a region admitted under it went through. */
    public Uni<List<RegulationVersion>> after(int number) {
        return list("number > ?1 order by number", number);
    }
}
