package nl.sto.monitor.compliance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The region events the board needs for co-financing, one at a time, idempotent through the inbox, with a dead-letter
 * topic. Regulation, report and notification events reach the board through the event log's consumers
 * ({@link ObligationProjection} is one of the log's projections).
 */
@ApplicationScoped
public class ComplianceConsumer {

    static final String REGIONS = "compliance-regions";

    private final IdempotentInbox inbox;
    private final RegionFundingProjection regions;

    ComplianceConsumer(IdempotentInbox inbox, RegionFundingProjection regions) {
        this.inbox = inbox;
        this.regions = regions;
    }

    @Incoming(REGIONS)
    public Uni<Void> regions(Message<String> message) {
        return inbox.handle(REGIONS, message, regions::apply);
    }
}
