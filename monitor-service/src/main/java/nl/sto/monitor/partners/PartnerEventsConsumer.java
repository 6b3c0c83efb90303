package nl.sto.monitor.partners;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.PartnerJoined;
import nl.sto.contracts.regions.PartnerLeft;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Partners joining and leaving regions ({@code sto.regions.v1}): which school locations count for a region. */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "partner-events";

    private final IdempotentInbox inbox;
    private final PartnerProjection partners;

    PartnerEventsConsumer(IdempotentInbox inbox, PartnerProjection partners) {
        this.inbox = inbox;
        this.partners = partners;
    }

    @Incoming("partner-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** The region projection (common) keeps regions and access; this consumer only what indicators need. */
    private Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.PARTNER_JOINED -> partners.joined(event.payload(PartnerJoined.class));
            case EventTypes.PARTNER_LEFT -> partners.left(event.payload(PartnerLeft.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
