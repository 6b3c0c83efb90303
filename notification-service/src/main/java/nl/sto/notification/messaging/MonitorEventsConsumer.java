package nl.sto.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.monitor.SubscriptionPaused;
import nl.sto.notification.notices.NoticeService;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The monitor team's own events ({@code sto.monitor.v1}): a paused webhook subscription's owner is told. */
@ApplicationScoped
public class MonitorEventsConsumer {

    static final String CONSUMER = "monitor-events";

    private final IdempotentInbox inbox;
    private final NoticeService notices;

    MonitorEventsConsumer(IdempotentInbox inbox, NoticeService notices) {
        this.inbox = inbox;
        this.notices = notices;
    }

    @Incoming("monitor-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(InboundEvent event) {
        return EventTypes.SUBSCRIPTION_PAUSED.equals(event.type())
                ? notices.subscriptionPaused(event.id(), event.payload(SubscriptionPaused.class))
                : Uni.createFrom().voidItem();
    }
}
