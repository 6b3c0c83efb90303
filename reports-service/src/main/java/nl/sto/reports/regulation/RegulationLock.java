package nl.sto.reports.regulation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialises what changes who owes what under which regulation: publishing a regulation, an amendment, and a
 * region's admission. Each builds on what the previous one committed (the latest version, the regions admitted so
 * far), so with several replicas they take turns; the lock ends with the transaction.
 */
@ApplicationScoped
public class RegulationLock {

    private static final long LOCK = 0x5354_4f41_4d44L;

    public Uni<Void> acquire() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")", Object.class)
                .getSingleResult()).replaceWithVoid();
    }
}
