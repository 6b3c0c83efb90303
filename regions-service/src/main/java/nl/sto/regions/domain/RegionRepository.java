package nl.sto.regions.domain;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public Uni<Region> get(String code) {
        return findById(code).onItem().ifNull().failWith(() -> ProblemException.notFound("Unknown region " + code));
    }

    /** The region's current revision; null for an unknown code. */
    public Uni<Long> revisionOf(String code) {
        return find("select r.revision from Region r where r.code = ?1", code).project(Long.class).firstResult();
    }

    /**
     * Regions whose name or code contains {@code text}, that have a partner whose name or identifier contains
     * {@code partner}, or one in {@code municipality}; a null filter matches everything.
     */
    public Uni<List<Region>> search(RegionFilter filter, Page page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.text() != null) {
            query.append(" and (lower(name) like :text or lower(code) like :text)");
            parameters.and("text", like(filter.text()));
        }
        if (filter.partner() != null) {
            query.append(" and code in (select m.regionCode from Membership m where m.leftOn is null"
                    + " and (lower(m.name) like :partner or lower(m.identifier) like :partner))");
            parameters.and("partner", like(filter.partner()));
        }
        if (filter.municipality() != null) {
            query.append(" and code in (select m.regionCode from Membership m where m.leftOn is null"
                    + " and lower(m.municipality) like :municipality)");
            parameters.and("municipality", like(filter.municipality()));
        }
        query.append(" order by code");
        return find(query.toString(), parameters).page(page).list();
    }

    private static String like(String text) {
        return "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
    }

    public record RegionFilter(String text, String partner, String municipality) {
    }
}
