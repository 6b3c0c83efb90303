package nl.sto.notification.reminders;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serialises the planning of one region's reminders. Contacts and obligations arrive on different topics, so their
 * consumers run side by side: without turns, a contact added while an obligation is being planned would see no
 * obligation, and the obligation no contact, and nobody would be reminded. The lock ends with the transaction.
 */
final class RegionPlanningLock {

    private static final String KEY = "reminders:";

    private RegionPlanningLock() {
    }

    /**
     * The turns of several regions at once, always in the same order (of the lock keys), so that two transactions
     * that both need some of them never wait for each other in a circle.
     */
    static Uni<Void> acquireAll(Collection<String> regionCodes) {
        List<String> keys = regionCodes.stream().distinct().map(code -> KEY + code).toList();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT count(pg_advisory_xact_lock(k.hash))
                FROM (SELECT DISTINCT hashtext(key) AS hash FROM unnest(CAST(:keys AS text[])) AS key
                      ORDER BY 1 OFFSET 0) k""", Object.class)
                .setParameter("keys", keys.toArray(String[]::new))
                .getSingleResult()).replaceWithVoid();
    }

    static Uni<Void> acquire(String regionCode) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))", Object.class)
                .setParameter("key", KEY + regionCode)
                .getSingleResult()).replaceWithVoid();
    }
}
