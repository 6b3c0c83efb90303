package nl.sto.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.ContactChanged;
import nl.sto.contracts.regions.RegionClosed;
import nl.sto.notification.reminders.ReminderPlanner;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Contacts and closed regions ({@code sto.regions.v1}): who receives the reminders, and whether any are still due. */
@ApplicationScoped
public class ContactEventsConsumer {

    static final String CONSUMER = "contact-events";

    private final IdempotentInbox inbox;
    private final ReminderPlanner planner;

    ContactEventsConsumer(IdempotentInbox inbox, ReminderPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @Incoming("contact-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** The region projection (common) keeps regions and access; this consumer only what reminders need. */
    private Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.CONTACT_CHANGED -> planner.contactChanged(event.payload(ContactChanged.class));
            case EventTypes.REGION_CLOSED -> planner.regionClosed(event.payload(RegionClosed.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
