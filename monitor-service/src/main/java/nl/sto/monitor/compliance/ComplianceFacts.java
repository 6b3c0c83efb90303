package nl.sto.monitor.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.notifications.ReminderCancelled;
import nl.sto.contracts.notifications.ReminderFailed;
import nl.sto.contracts.notifications.ReminderSent;
import nl.sto.contracts.regulation.DeadlineChanged;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.contracts.reports.ObligationOverdue;
import nl.sto.contracts.reports.ReportAccepted;
import nl.sto.contracts.reports.ReportDraftStarted;
import nl.sto.contracts.reports.ReportReturned;
import nl.sto.contracts.reports.ReportSubmitted;

/**
 * Reads what each regulation, report and notification event says about an obligation and about a reminder, as rows
 * for {@link ObligationProjection}'s merges. Every event about an obligation names its region, regulation and kind,
 * so whichever arrives first creates the obligation's row.
 */
@ApplicationScoped
public class ComplianceFacts {

    private static final Set<String> FAILURES = Set.of("permanent-failure", "technical-failure");

    private final Clock clock;

    public ComplianceFacts(Clock clock) {
        this.clock = clock;
    }

    /** Event types that say nothing about an obligation give nothing. */
    Optional<FactRow> aboutObligation(InboundEvent event) {
        return Optional.ofNullable(switch (event.type()) {
            case EventTypes.OBLIGATION_CREATED -> created(event, event.payload(ObligationCreated.class));
            case EventTypes.DEADLINE_CHANGED -> deadlineChanged(event, event.payload(DeadlineChanged.class));
            case EventTypes.REPORT_DRAFT_STARTED -> draftStarted(event, event.payload(ReportDraftStarted.class));
            case EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_RESUBMITTED ->
                    submitted(event, event.payload(ReportSubmitted.class));
            case EventTypes.REPORT_RETURNED -> returned(event, event.payload(ReportReturned.class));
            case EventTypes.REPORT_ACCEPTED -> accepted(event, event.payload(ReportAccepted.class));
            case EventTypes.OBLIGATION_OVERDUE -> overdue(event, event.payload(ObligationOverdue.class));
            case EventTypes.REMINDER_SENT -> reminded(event, event.payload(ReminderSent.class));
            case EventTypes.REMINDER_FAILED -> reminderFailed(event, event.payload(ReminderFailed.class));
            default -> null;
        });
    }

    Optional<FactRow> aboutReminder(InboundEvent event) {
        return Optional.ofNullable(switch (event.type()) {
            case EventTypes.REMINDER_SENT -> sent(event, event.payload(ReminderSent.class));
            case EventTypes.REMINDER_FAILED -> failed(event, event.payload(ReminderFailed.class));
            case EventTypes.REMINDER_CANCELLED -> cancelled(event, event.payload(ReminderCancelled.class));
            default -> null;
        });
    }

    private static FactRow created(InboundEvent event, ObligationCreated created) {
        FactRow row = obligation(event, created.obligationId(), created.regionCode(), created.regulationId(),
                created.kind())
                .with("report", created.report())
                .required("due_date", created.dueDate())
                .version("due_version", created.version())
                .with("due_reason", created.legalReference());
        if (created.kindName() != null) {
            row.with("kind_name_nl", created.kindName().nl()).with("kind_name_en", created.kindName().en());
        }
        return row;
    }

    private static FactRow deadlineChanged(InboundEvent event, DeadlineChanged changed) {
        return obligation(event, changed.obligationId(), changed.regionCode(), changed.regulationId(), changed.kind())
                .required("due_date", changed.to())
                .version("due_version", changed.version())
                .with("due_reason", changed.reason());
    }

    private FactRow draftStarted(InboundEvent event, ReportDraftStarted started) {
        return obligation(event, started.obligationId(), started.regionCode(), started.regulationId(), started.kind())
                .with("draft_started_at", happened(event));
    }

    private static FactRow submitted(InboundEvent event, ReportSubmitted submitted) {
        return obligation(event, submitted.obligationId(), submitted.regionCode(), submitted.regulationId(),
                submitted.kind())
                .required("submitted_at", submitted.submittedAt())
                .version("submitted_version", submitted.version())
                .with("reported_due_date", submitted.dueDate());
    }

    private FactRow returned(InboundEvent event, ReportReturned returned) {
        return obligation(event, returned.obligationId(), returned.regionCode(), returned.regulationId(),
                returned.kind())
                .version("returned_version", returned.version())
                .with("returned_at", happened(event));
    }

    private FactRow accepted(InboundEvent event, ReportAccepted accepted) {
        return obligation(event, accepted.obligationId(), accepted.regionCode(), accepted.regulationId(),
                accepted.kind())
                .version("accepted_version", accepted.version())
                .with("accepted_at", happened(event));
    }

    /** The board judges overdue by its own clock; the event tells it the due date reports-service went by. */
    private static FactRow overdue(InboundEvent event, ObligationOverdue overdue) {
        return obligation(event, overdue.obligationId(), overdue.regionCode(), overdue.regulationId(), overdue.kind())
                .with("reported_due_date", overdue.dueDate());
    }

    private static FactRow reminded(InboundEvent event, ReminderSent sent) {
        return obligation(event, sent.obligationId(), sent.regionCode(), sent.regulationId(), sent.kind());
    }

    private static FactRow reminderFailed(InboundEvent event, ReminderFailed failed) {
        return obligation(event, failed.obligationId(), failed.regionCode(), failed.regulationId(), failed.kind());
    }

    private static FactRow sent(InboundEvent event, ReminderSent sent) {
        return reminder(event, sent.reminderId(), sent.obligationId(), sent.regionCode())
                .required("sent_at", sent.sentAt());
    }

    private static FactRow failed(InboundEvent event, ReminderFailed failed) {
        FactRow row = reminder(event, failed.reminderId(), failed.obligationId(), failed.regionCode());
        if (failed.status() == null || !FAILURES.contains(failed.status())) {
            throw row.poison("status is " + failed.status() + ", not one of " + FAILURES);
        }
        return row.required("failed_at", failed.failedAt())
                .with("failure", failed.status())
                .with("failure_reason", failed.reason());
    }

    private static FactRow cancelled(InboundEvent event, ReminderCancelled cancelled) {
        return reminder(event, cancelled.reminderId(), cancelled.obligationId(), cancelled.regionCode())
                .required("cancelled_at", cancelled.cancelledAt());
    }

    private static FactRow obligation(InboundEvent event, String obligationId, String regionCode,
            String regulationId, String kind) {
        return FactRow.of(event).required("obligation_id", obligationId).region("region_code", regionCode)
                .required("regulation_id", regulationId).required("kind", kind);
    }

    private static FactRow reminder(InboundEvent event, String reminderId, String obligationId, String regionCode) {
        return FactRow.of(event).required("reminder_id", reminderId).required("obligation_id", obligationId)
                .region("region_code", regionCode);
    }

    /** Events that carry no time of their own in their data happened at their CloudEvent time. */
    private OffsetDateTime happened(InboundEvent event) {
        return event.time() != null ? event.time() : OffsetDateTime.now(clock);
    }
}
