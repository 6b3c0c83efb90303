package nl.sto.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regulation.DeadlineChanged;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.notification.reminders.ReminderPlanner;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Obligations and their moved dates ({@code sto.regulation.v1}): reminders are planned and planned again. */
@ApplicationScoped
public class RegulationEventsConsumer {

    static final String CONSUMER = "regulation-events";

    private final IdempotentInbox inbox;
    private final ReminderPlanner planner;

    RegulationEventsConsumer(IdempotentInbox inbox, ReminderPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @Incoming("regulation-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** Regulation and amendment events summarise what the obligation events say one by one. */
    private Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.OBLIGATION_CREATED -> planner.obligationCreated(event.payload(ObligationCreated.class));
            case EventTypes.DEADLINE_CHANGED -> planner.deadlineChanged(event.payload(DeadlineChanged.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
