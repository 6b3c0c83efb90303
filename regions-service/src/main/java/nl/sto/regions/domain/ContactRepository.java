package nl.sto.regions.domain;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, String> {

    public Uni<List<Contact>> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by name", regionCode);
    }

    public Uni<Contact> get(String regionCode, String id) {
        return find("regionCode = ?1 and id = ?2", regionCode, id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Unknown contact " + id));
    }
}
