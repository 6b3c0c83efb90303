package nl.sto.notification.reminders;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serialises the planning of one region's reminders. Contacts and obligations arrive on different topics, so their
 * consumers run side by side: without turns, a contact added while an obligation is being planned would see no
 * obligation, and the obligation no contact, and nobody would be reminded. The lock ends with the transaction.
 */
final class RegionPlanningLock {

    private RegionPlanningLock() {
    }

    static Uni<Void> acquire(String regionCode) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))", Object.class)
                .setParameter("key", "reminders:" + regionCode)
                .getSingleResult()).replaceWithVoid();
    }
}
