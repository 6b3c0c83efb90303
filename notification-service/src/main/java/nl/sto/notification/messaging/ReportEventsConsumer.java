package nl.sto.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.reports.ReportAccepted;
import nl.sto.contracts.reports.ReportReturned;
import nl.sto.contracts.reports.ReportSubmitted;
import nl.sto.notification.reminders.ReminderPlanner;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reports ({@code sto.reports.v1}): a submission stops the reminders, a return asks for a new version. */
@ApplicationScoped
public class ReportEventsConsumer {

    static final String CONSUMER = "report-events";

    private final IdempotentInbox inbox;
    private final ReminderPlanner planner;

    ReportEventsConsumer(IdempotentInbox inbox, ReminderPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @Incoming("report-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** A started draft or an overdue mark changes nothing: reminders run until the report is in. */
    private Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_RESUBMITTED -> submitted(event.payload(
                    ReportSubmitted.class));
            case EventTypes.REPORT_RETURNED -> planner.reportReturned(event.payload(ReportReturned.class));
            case EventTypes.REPORT_ACCEPTED -> accepted(event.payload(ReportAccepted.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> submitted(ReportSubmitted submitted) {
        return planner.reportSubmitted(submitted.regionCode(), submitted.obligationId());
    }

    private Uni<Void> accepted(ReportAccepted accepted) {
        return planner.reportAccepted(accepted.regionCode(), accepted.obligationId());
    }
}
