package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AdmissionRepository implements PanacheRepositoryBase<Admission, String> {

    /** The regions admitted by {@code day}, who take part in a regulation whose period ends then or later. */
    public Uni<List<Admission>> admittedBy(LocalDate day) {
        return list("admittedOn <= ?1 order by regionCode", day);
    }
}
