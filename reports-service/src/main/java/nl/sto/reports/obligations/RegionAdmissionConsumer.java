package nl.sto.reports.obligations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.RegionAdmitted;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A region admitted to the programme (in a tranche or late) owes what the regulations in force set from then on. */
@ApplicationScoped
public class RegionAdmissionConsumer {

    static final String CONSUMER = "region-admissions";

    private final IdempotentInbox inbox;
    private final ObligationService obligations;

    RegionAdmissionConsumer(IdempotentInbox inbox, ObligationService obligations) {
        this.inbox = inbox;
        this.obligations = obligations;
    }

    @Incoming("region-admissions")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(InboundEvent event) {
        if (!EventTypes.REGION_ADMITTED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        RegionAdmitted admitted = event.payload(RegionAdmitted.class);
        return obligations.createFor(admitted.code(), admitted.admittedOn()).replaceWithVoid();
    }
}
