package nl.sto.regions.domain;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Newest first, of one region or (regionCode null) of all. */
    public Uni<List<AuditEntry>> latest(String regionCode, Page page) {
        return regionCode == null
                ? find("order by id desc").page(page).list()
                : find("regionCode = ?1 order by id desc", regionCode).page(page).list();
    }
}
