package nl.sto.monitor.events;

import java.util.List;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events the monitor team may see, from {@code sto.reports.v1}, {@code sto.regulation.v1} and
 * {@code sto.notifications.v1}, each topic on a channel and consumer group of its own, into the one log. A poll at a
 * time, in one transaction: a regulation or an amendment brings tens of thousands of events at once. The read models
 * kept from the log ({@link LogProjection}) take the same events in the same transaction, before the append, so that
 * the log's turn is held no longer than the append itself.
 */
@ApplicationScoped
public class EventLogConsumer {

    static final String REPORTS = "event-log-reports";
    static final String REGULATION = "event-log-regulation";
    static final String NOTIFICATIONS = "event-log-notifications";

    private final IdempotentInbox inbox;
    private final EventLogAppender log;
    private final List<LogProjection> projections;

    EventLogConsumer(IdempotentInbox inbox, EventLogAppender log, @All List<LogProjection> projections) {
        this.inbox = inbox;
        this.log = log;
        this.projections = projections;
    }

    @Incoming(REPORTS)
    public Uni<Void> reports(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REPORTS, batch, this::projectAndAppend);
    }

    @Incoming(REGULATION)
    public Uni<Void> regulation(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(REGULATION, batch, this::projectAndAppend);
    }

    @Incoming(NOTIFICATIONS)
    public Uni<Void> notifications(KafkaRecordBatch<String, String> batch) {
        return inbox.handleAll(NOTIFICATIONS, batch, this::projectAndAppend);
    }

    private Uni<Void> projectAndAppend(List<InboundEvent> events) {
        return Uni.createFrom().item(() -> log.rows(events))
                .call(ignored -> project(events))
                .chain(log::append);
    }

    private Uni<Void> project(List<InboundEvent> events) {
        return Multi.createFrom().iterable(projections)
                .onItem().transformToUniAndConcatenate(projection -> projection.apply(events))
                .collect().last();
    }
}
