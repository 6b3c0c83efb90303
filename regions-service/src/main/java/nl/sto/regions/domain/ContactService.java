package nl.sto.regions.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.ContactChanged;

/** The region's contact persons, who receive its reminders; maintained by the lead. */
@ApplicationScoped
public class ContactService {

    private final RegionRepository regions;
    private final ContactRepository contacts;
    private final Outbox outbox;
    private final AuditLog audit;

    public ContactService(RegionRepository regions, ContactRepository contacts, Outbox outbox, AuditLog audit) {
        this.regions = regions;
        this.contacts = contacts;
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Contact> add(Caller actor, String regionCode, ContactDetails details) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID().toString();
        contact.regionCode = regionCode;
        return regions.get(regionCode)
                .flatMap(region -> save(contact, details))
                .call(saved -> announce(actor, saved, false, "contact.added", Map.of("after", details)));
    }

    @WithTransaction
    public Uni<Contact> update(Caller actor, String regionCode, String contactId, ContactDetails details) {
        return contacts.get(regionCode, contactId).flatMap(contact -> {
            ContactDetails before = new ContactDetails(contact.name, contact.email, contact.role, contact.language);
            return save(contact, details)
                    .call(saved -> announce(actor, saved, false, "contact.changed",
                            Map.of("before", before, "after", details)));
        });
    }

    @WithTransaction
    public Uni<Void> remove(Caller actor, String regionCode, String contactId) {
        return contacts.get(regionCode, contactId)
                .call(contact -> contacts.delete(contact))
                .call(contact -> announce(actor, contact, true, "contact.removed",
                        Map.of("name", contact.name, "email", contact.email)))
                .replaceWithVoid();
    }

    private Uni<Contact> save(Contact contact, ContactDetails details) {
        contact.name = details.name();
        contact.email = details.email();
        contact.role = details.role();
        contact.language = details.language();
        contact.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return contacts.persist(contact);
    }

    private Uni<Void> announce(Caller actor, Contact c, boolean removed, String action, Object detail) {
        return outbox.add(Topics.REGIONS, EventTypes.CONTACT_CHANGED, c.regionCode,
                        new ContactChanged(c.id, c.regionCode, c.name, c.email, c.role, c.language, removed))
                .call(() -> audit.record(actor, c.regionCode, action, detail))
                .replaceWithVoid();
    }
}
