package nl.sto.monitor.compliance;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The board's own consumer groups, one per topic, each idempotent through the inbox and with its own dead-letter
 * topic. Regulation, report and notification events come a poll at a time in one transaction (an amendment re-dates
 * tens of thousands of obligations, a reminder round sends thousands of messages); region events one at a time.
 */
@ApplicationScoped
public class ComplianceConsumer {

    static final String REGULATION = "compliance-regulation";
    static final String REPORTS = "compliance-reports";
    static final String NOTIFICATIONS = "compliance-notifications";
    static final String REGIONS = "compliance-regions";

    private final IdempotentInbox inbox;
    private final ObligationProjection obligations;
    private final RegionFundingProjection regions;

    ComplianceConsumer(IdempotentInbox inbox, ObligationProjection obligations, RegionFundingProjection regions) {
        this.inbox = inbox;
        this.obligations = obligations;
        this.regions = regions;
    }

    @Incoming(REGULATION)
    public Uni<Void> regulation(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REGULATION, batch, obligations::apply);
    }

    @Incoming(REPORTS)
    public Uni<Void> reports(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REPORTS, batch, obligations::apply);
    }

    @Incoming(NOTIFICATIONS)
    public Uni<Void> notifications(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(NOTIFICATIONS, batch, obligations::apply);
    }

    @Incoming(REGIONS)
    public Uni<Void> regions(Message<String> message) {
        return inbox.handle(REGIONS, message, regions::apply);
    }
}
