package nl.sto.monitor.events;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events the monitor team may see, from {@code sto.reports.v1}, {@code sto.regulation.v1} and
 * {@code sto.notifications.v1}, each topic on a channel and consumer group of its own, into the one log. A poll at a
 * time, in one transaction: a regulation or an amendment brings tens of thousands of events at once.
 */
@ApplicationScoped
public class EventLogConsumer {

    static final String REPORTS = "event-log-reports";
    static final String REGULATION = "event-log-regulation";
    static final String NOTIFICATIONS = "event-log-notifications";

    private final IdempotentInbox inbox;
    private final EventLogAppender log;

    EventLogConsumer(IdempotentInbox inbox, EventLogAppender log) {
        this.inbox = inbox;
        this.log = log;
    }

    @Incoming(REPORTS)
    public Uni<Void> reports(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REPORTS, batch, log::append);
    }

    @Incoming(REGULATION)
    public Uni<Void> regulation(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REGULATION, batch, log::append);
    }

    @Incoming(NOTIFICATIONS)
    public Uni<Void> notifications(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(NOTIFICATIONS, batch, log::append);
    }
}
