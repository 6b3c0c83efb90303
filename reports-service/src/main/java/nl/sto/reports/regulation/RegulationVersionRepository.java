package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegulationVersionRepository implements PanacheRepositoryBase<RegulationVersion, RegulationVersion.Key> {

    public Uni<List<RegulationVersion>> of(String regulationId) {
        return list("regulationId = ?1 order by number", regulationId);
    }

    public Uni<List<RegulationVersion>> all() {
        return list("order by regulationId, number");
    }

    public Uni<RegulationVersion> latest(String regulationId) {
        return find("regulationId = ?1 order by number desc", regulationId).firstResult();
    }

    public Uni<Long> countWithReference(String legalReference) {
        return count("legalReference", legalReference);
    }

    /**
     * The version in force on a day: the last one effective by then. A day before the first version's effective
     * date gets the first version, since a region cannot owe less than the regulation it was admitted under.
     */
    public static RegulationVersion inForceOn(List<RegulationVersion> versions, LocalDate day) {
        RegulationVersion inForce = versions.get(0);
        for (RegulationVersion version : versions) {
            if (!version.effectiveOn.isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }
}
