package nl.sto.notification.messaging;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regulation.DeadlineChanged;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.notification.reminders.ReminderPlanner;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Obligations and their moved dates ({@code sto.regulation.v1}): reminders are planned and planned again. A regulation
 * or an amendment brings tens of thousands of these events at once, so they are consumed a poll at a time, in one
 * transaction.
 */
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
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(CONSUMER, batch, this::apply);
    }

    /** Regulation and amendment events summarise what the obligation events say one by one, and are passed over. */
    private Uni<Void> apply(List<InboundEvent> events) {
        List<ObligationEvent> relevant = events.stream()
                .filter(e -> EventTypes.OBLIGATION_CREATED.equals(e.type())
                        || EventTypes.DEADLINE_CHANGED.equals(e.type()))
                .map(ObligationEvent::read)
                .toList();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (List<ObligationEvent> run : EventRuns.split(relevant, ObligationEvent::type,
                ObligationEvent::obligationId)) {
            all = all.chain(() -> applyRun(run));
        }
        return all;
    }

    private Uni<Void> applyRun(List<ObligationEvent> run) {
        if (EventTypes.OBLIGATION_CREATED.equals(run.get(0).type())) {
            return planner.obligationsCreated(run.stream().map(e -> (ObligationCreated) e.payload()).toList());
        }
        return planner.deadlinesChanged(run.stream().map(e -> (DeadlineChanged) e.payload()).toList());
    }

    private record ObligationEvent(String type, String obligationId, Object payload) {

        static ObligationEvent read(InboundEvent event) {
            if (EventTypes.OBLIGATION_CREATED.equals(event.type())) {
                ObligationCreated created = event.payload(ObligationCreated.class);
                return new ObligationEvent(event.type(), created.obligationId(), created);
            }
            DeadlineChanged changed = event.payload(DeadlineChanged.class);
            return new ObligationEvent(event.type(), changed.obligationId(), changed);
        }
    }
}
